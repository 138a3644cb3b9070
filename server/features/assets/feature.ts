import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedDemoAssets } from './demo.js';
import { assetRoutes } from './routes.js';

export const assetsFeature: Feature = {
  name: 'assets',
  routes: [{ plugin: assetRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('assets', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoAssets },
};
