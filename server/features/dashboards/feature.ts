import type { Feature } from '../../platform/feature.js';
import { dashboardRoutes } from './routes.js';

/** Dashboards own no tables: they sum the other features' roll-ups through their `public.ts`. */
export const dashboardsFeature: Feature = {
  name: 'dashboards',
  routes: [{ plugin: dashboardRoutes, prefix: '/api/v1' }],
};
