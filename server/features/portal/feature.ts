import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { portalRoutes } from './routes.js';

/** The public transparency portal (no account): pages under /portal, read through open data's public path. */
export const portalFeature: Feature = {
  name: 'portal',
  routes: [{ plugin: portalRoutes, prefix: '' }],
  migrations: featureMigrations('portal', new URL('./migrations', import.meta.url)),
};
