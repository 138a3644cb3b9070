import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { openDataRoutes } from './routes.js';

/** The open-data API and the public read path (views and role) the portal reads through too. */
export const openDataFeature: Feature = {
  name: 'open-data',
  routes: [{ plugin: openDataRoutes, prefix: '/api/open/v1' }],
  migrations: featureMigrations('open_data', new URL('./migrations', import.meta.url)),
};
