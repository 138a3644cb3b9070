import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoKpiActuals } from './demo-kpis.js';
import { seedDemoResults } from './demo.js';
import { kpiResultRoutes } from './kpi-routes.js';
import { PHOTO_PREVIEW_JOB, photoPreviewJob } from './photo-previews.js';
import { previewRoutes } from './preview-routes.js';
import { resultsRoutes } from './routes.js';

export const resultsFeature: Feature = {
  name: 'results',
  routes: [
    { plugin: resultsRoutes, prefix: '/api/v1' },
    { plugin: kpiResultRoutes, prefix: '/api/v1' },
    { plugin: previewRoutes, prefix: '/api/v1' },
  ],
  jobs: { [PHOTO_PREVIEW_JOB]: photoPreviewJob },
  migrations: featureMigrations('results', new URL('./migrations', import.meta.url)),
  seeds: {
    demo: async (database) => {
      await seedDemoResults(database);
      await seedDemoKpiActuals(database);
    },
  },
};
