import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';

export const resultsFeature: Feature = {
  name: 'results',
  routes: [],
  migrations: featureMigrations('results', new URL('./migrations', import.meta.url)),
};
