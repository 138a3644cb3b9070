import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { projectRoutes } from './routes.js';

export const projectsFeature: Feature = {
  name: 'projects',
  routes: [{ plugin: projectRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('projects', new URL('./migrations', import.meta.url)),
};
