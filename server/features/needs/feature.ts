import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoNeeds } from './demo.js';
import { NEED_IMPORT_JOB, runNeedImport } from './import-job.js';
import { undoNeedWrites } from './import-save.js';
import { needRoutes } from './routes.js';

export const needsFeature: Feature = {
  name: 'needs',
  routes: [{ plugin: needRoutes, prefix: '/api/v1' }],
  jobs: { [NEED_IMPORT_JOB]: { run: runNeedImport, undo: undoNeedWrites } },
  migrations: featureMigrations('needs', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoNeeds },
};
