import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedReferenceAreas } from './reference-seed.js';
import { areaRoutes } from './routes.js';
import { provincesOfGroups } from './scope-groups.js';
import { runVillageImport, VILLAGE_IMPORT_JOB } from './village-import.js';
import { undoVillages } from './village-import-save.js';

export const areasFeature: Feature = {
  name: 'areas',
  routes: [{ plugin: areaRoutes, prefix: '/api/v1' }],
  jobs: { [VILLAGE_IMPORT_JOB]: { run: runVillageImport, undo: undoVillages } },
  migrations: featureMigrations('areas', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedReferenceAreas },
  scopeGroups: provincesOfGroups,
};
