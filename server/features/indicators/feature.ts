import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedIndicatorCatalogue } from './catalogue-seed.js';
import { seedDemoIndicators } from './demo.js';
import { evidenceRoutes } from './evidence-routes.js';
import { indicatorExportRoutes } from './export-routes.js';
import { INDICATOR_IMPORT_JOB, runIndicatorImport } from './import-job.js';
import { undoIndicatorValues } from './import-save.js';
import { indicatorRoutes } from './routes.js';

export const indicatorsFeature: Feature = {
  name: 'indicators',
  routes: [
    { plugin: indicatorRoutes, prefix: '/api/v1' },
    { plugin: evidenceRoutes, prefix: '/api/v1' },
    { plugin: indicatorExportRoutes, prefix: '/api/v1' },
  ],
  jobs: { [INDICATOR_IMPORT_JOB]: { run: runIndicatorImport, undo: undoIndicatorValues } },
  migrations: featureMigrations('indicators', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedIndicatorCatalogue, demo: seedDemoIndicators },
};
