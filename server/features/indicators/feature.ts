import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedIndicatorCatalogue } from './catalogue-seed.js';

export const indicatorsFeature: Feature = {
  name: 'indicators',
  migrations: featureMigrations('indicators', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedIndicatorCatalogue },
};
