import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { seedReferenceOffices } from './reference-seed.js';
import { agencyRoutes } from './routes.js';

export const agenciesFeature: Feature = {
  name: 'agencies',
  routes: [{ plugin: agencyRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('agencies', new URL('./migrations', import.meta.url)),
  seeds: { reference: seedReferenceOffices },
};
