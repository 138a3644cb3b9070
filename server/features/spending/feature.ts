import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { spendingRoutes } from './routes.js';
import { seedSpendingTargets } from './targets.js';

export const spendingFeature: Feature = {
  name: 'spending',
  routes: [{ plugin: spendingRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('spending', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedSpendingTargets },
};
