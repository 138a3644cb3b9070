import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoHouseholds } from './demo.js';
import { seedHouseholdIndicators } from './indicator-feed.js';
import { RETENTION_JOB, retentionJob } from './retention.js';
import { householdCountRoutes } from './count-routes.js';
import { householdPersonalRoutes } from './personal-routes.js';
import { householdRoutes } from './routes.js';

export const householdsFeature: Feature = {
  name: 'households',
  routes: [
    { plugin: householdRoutes, prefix: '/api/v1' },
    { plugin: householdPersonalRoutes, prefix: '/api/v1' },
    { plugin: householdCountRoutes, prefix: '/api/v1' },
  ],
  jobs: { [RETENTION_JOB]: retentionJob },
  migrations: featureMigrations('households', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedHouseholdIndicators, demo: seedDemoHouseholds },
};
