import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { ruleSetRoutes } from './rule-set-routes.js';
import { seedDefaultRuleSets } from './rule-set-seed.js';

export const budgetFeature: Feature = {
  name: 'budget',
  routes: [{ plugin: ruleSetRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('budget', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedDefaultRuleSets },
};
