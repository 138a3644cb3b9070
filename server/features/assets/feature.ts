import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';

export const assetsFeature: Feature = {
  name: 'assets',
  routes: [],
  migrations: featureMigrations('assets', new URL('./migrations', import.meta.url)),
};
