import type { Feature } from '../../platform/feature.js';
import { authRoutes } from './routes.js';

export const authFeature: Feature = {
  name: 'auth',
  routes: [{ plugin: authRoutes, prefix: '/api/v1' }],
};
