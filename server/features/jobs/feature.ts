import type { Feature } from '../../platform/feature.js';
import { jobRoutes } from './routes.js';

export const jobsFeature: Feature = {
  name: 'jobs',
  routes: [{ plugin: jobRoutes, prefix: '/api/v1' }],
};
