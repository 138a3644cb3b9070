import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { budgetRoutes } from './budget-routes.js';
import { seedDemoStages } from './demo.js';
import { EXPLANATION_PACK_JOB, runExplanationPack } from './pack/pack-job.js';
import { explanationPackRoutes } from './pack/routes.js';
import { ruleSetRoutes } from './rule-set-routes.js';
import { seedDefaultRuleSets } from './rule-set-seed.js';

export const budgetFeature: Feature = {
  name: 'budget',
  routes: [
    { plugin: ruleSetRoutes, prefix: '/api/v1' },
    { plugin: budgetRoutes, prefix: '/api/v1' },
    { plugin: explanationPackRoutes, prefix: '/api/v1' },
  ],
  jobs: { [EXPLANATION_PACK_JOB]: runExplanationPack },
  migrations: featureMigrations('budget', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedDefaultRuleSets, demo: seedDemoStages },
};
