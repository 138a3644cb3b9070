import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoPlan } from './demo.js';
import { ITEM_IMPORT_JOB, KPI_IMPORT_JOB, runPlanSheetImport } from './outputs/import-job.js';
import { undoPlanSheetWrites } from './outputs/import-writes.js';
import { PLAN_PDF_JOB, runPlanPdf } from './outputs/pdf-job.js';
import { planOutputRoutes } from './outputs/routes.js';
import { planRoutes } from './routes.js';

export const plansFeature: Feature = {
  name: 'plans',
  routes: [
    { plugin: planRoutes, prefix: '/api/v1' },
    { plugin: planOutputRoutes, prefix: '/api/v1' },
  ],
  jobs: {
    [PLAN_PDF_JOB]: runPlanPdf,
    [KPI_IMPORT_JOB]: { run: runPlanSheetImport, undo: undoPlanSheetWrites },
    [ITEM_IMPORT_JOB]: { run: runPlanSheetImport, undo: undoPlanSheetWrites },
  },
  migrations: featureMigrations('plans', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoPlan },
};
