import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoProjects } from './demo.js';
import { PROJECT_IMPORT_JOB, runProjectImport } from './import-job.js';
import { undoProjectWrites } from './import-save.js';
import { projectRoutes } from './routes.js';

export const projectsFeature: Feature = {
  name: 'projects',
  routes: [{ plugin: projectRoutes, prefix: '/api/v1' }],
  jobs: { [PROJECT_IMPORT_JOB]: { run: runProjectImport, undo: undoProjectWrites } },
  migrations: featureMigrations('projects', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoProjects },
};
