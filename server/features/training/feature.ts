import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { checkRoutes } from './check-routes.js';
import { seedDemoTraining } from './demo.js';
import { trainingRoutes } from './routes.js';

export const trainingFeature: Feature = {
  name: 'training',
  routes: [
    { plugin: trainingRoutes, prefix: '/api/v1' },
    { plugin: checkRoutes, prefix: '/api/v1' },
  ],
  migrations: featureMigrations('training', new URL('./migrations', import.meta.url)),
  seeds: { demo: seedDemoTraining },
};
