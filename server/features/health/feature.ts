import type { Feature } from '../../platform/feature.js';
import { healthRoutes } from './routes.js';

export const healthFeature: Feature = {
  name: 'health',
  routes: [{ plugin: healthRoutes, prefix: '/api' }],
};
