import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { alignmentRoutes } from './routes.js';

export const alignmentFeature: Feature = {
  name: 'alignment',
  routes: [{ plugin: alignmentRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('alignment', new URL('./migrations', import.meta.url)),
};
