import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoNeeds } from './demo.js';
import { NEED_IMPORT_JOB, runNeedImport } from './import-job.js';
import { undoNeedWrites } from './import-save.js';
import type { NeedLinkTargets } from './link-target.js';
import { needRoutes } from './routes.js';

/** Needs by area; the plans a need links to are found through what the registry hands in. */
export function needsFeature(linkTargets: NeedLinkTargets): Feature {
  return {
    name: 'needs',
    routes: [{ plugin: (deps) => needRoutes(deps, linkTargets), prefix: '/api/v1' }],
    jobs: { [NEED_IMPORT_JOB]: { run: runNeedImport, undo: undoNeedWrites } },
    migrations: featureMigrations('needs', new URL('./migrations', import.meta.url)),
    seeds: { demo: seedDemoNeeds },
  };
}
