import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { citationRoutes } from './citation-routes.js';
import { seedDemoRegulations } from './demo.js';
import { regulationRoutes } from './routes.js';

export const regulationsFeature: Feature = {
  name: 'regulations',
  routes: [
    { plugin: regulationRoutes, prefix: '/api/v1' },
    { plugin: citationRoutes, prefix: '/api/v1' },
  ],
  migrations: featureMigrations('regulations', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoRegulations },
};
