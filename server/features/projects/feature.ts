import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';

export const projectsFeature: Feature = {
  name: 'projects',
  migrations: featureMigrations('projects', new URL('./migrations', import.meta.url)),
};
