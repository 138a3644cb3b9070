import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { actionPlanRoutes } from './routes.js';

/** Annual action plans of provinces and clusters, approved through the shared approval chain. */
export const actionPlansFeature: Feature = {
  name: 'action-plans',
  routes: [{ plugin: actionPlanRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('action-plans', new URL('./migrations', import.meta.url)),
};
