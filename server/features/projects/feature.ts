import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoProjects } from './demo.js';
import { PROJECT_IMPORT_JOB, runProjectImport } from './import-job.js';
import { undoProjectWrites } from './import-save.js';
import { projectRoutes } from './routes.js';
import type { TransitionGuardFor } from './transitions.js';

/**
 * The project master record. A move an actor makes passes the guard the registry hands in (the budget
 * feature's eligibility rules), so projects never imports budget, which builds on projects.
 */
export function projectsFeature(guardFor: TransitionGuardFor): Feature {
  return {
    name: 'projects',
    routes: [{ plugin: (deps) => projectRoutes(deps, guardFor), prefix: '/api/v1' }],
    jobs: { [PROJECT_IMPORT_JOB]: { run: runProjectImport, undo: undoProjectWrites } },
    migrations: featureMigrations('projects', new URL('./migrations', import.meta.url)),
    seeds: { demo: seedDemoProjects },
  };
}
