import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoPlan } from './demo.js';
import { ITEM_IMPORT_JOB, KPI_IMPORT_JOB, runPlanSheetImport } from './outputs/import-job.js';
import { undoPlanSheetWrites } from './outputs/import-writes.js';
import type { IssueEvidenceReader } from './outputs/pdf-evidence.js';
import { PLAN_PDF_JOB, runPlanPdf } from './outputs/pdf-job.js';
import { planOutputRoutes } from './outputs/routes.js';
import { planRoutes } from './routes.js';

/** Development plans; the plan PDF reads each issue's indicator evidence through what the registry hands in. */
export function plansFeature(evidenceOf: IssueEvidenceReader): Feature {
  return {
    name: 'plans',
    routes: [
      { plugin: planRoutes, prefix: '/api/v1' },
      { plugin: planOutputRoutes, prefix: '/api/v1' },
    ],
    jobs: {
      [PLAN_PDF_JOB]: (context) => runPlanPdf(context, evidenceOf),
      [KPI_IMPORT_JOB]: { run: runPlanSheetImport, undo: undoPlanSheetWrites },
      [ITEM_IMPORT_JOB]: { run: runPlanSheetImport, undo: undoPlanSheetWrites },
    },
    migrations: featureMigrations('plans', new URL('./migrations', import.meta.url)),
    seeds: { demo: seedDemoPlan },
  };
}
