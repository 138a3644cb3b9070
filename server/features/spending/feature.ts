import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { runSpendingImport } from './import-job.js';
import { undoSpendingWrites } from './import-save.js';
import { SPENDING_IMPORT_JOB } from './import-service.js';
import { spendingDashboardRoutes } from './dashboard-routes.js';
import { seedDemoSpending } from './demo.js';
import { importRoutes } from './import-routes.js';
import { projectSpendingRoutes } from './project-routes.js';
import { spendingRoutes } from './routes.js';
import { seedSpendingTargets } from './targets.js';

export const spendingFeature: Feature = {
  name: 'spending',
  routes: [
    { plugin: spendingRoutes, prefix: '/api/v1' },
    { plugin: projectSpendingRoutes, prefix: '/api/v1' },
    { plugin: importRoutes, prefix: '/api/v1' },
    { plugin: spendingDashboardRoutes, prefix: '/api/v1' },
  ],
  jobs: { [SPENDING_IMPORT_JOB]: { run: runSpendingImport, undo: undoSpendingWrites } },
  migrations: featureMigrations('spending', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedSpendingTargets, demo: seedDemoSpending },
};
