import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoProgrammes } from './demo.js';
import { reportRoutes } from './report-routes.js';
import { programmeRoutes } from './routes.js';
import { summaryRoutes } from './summary-routes.js';

export const programmesFeature: Feature = {
  name: 'programmes',
  routes: [
    { plugin: programmeRoutes, prefix: '/api/v1' },
    { plugin: reportRoutes, prefix: '/api/v1' },
    { plugin: summaryRoutes, prefix: '/api/v1' },
  ],
  migrations: featureMigrations('programmes', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoProgrammes },
};
