import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { approvalRoutes } from './routes.js';

/** The approval chain any document type plugs into: steps as data, the move history, plausible meetings. */
export const approvalsFeature: Feature = {
  name: 'approvals',
  routes: [{ plugin: approvalRoutes, prefix: '/api/v1' }],
  migrations: featureMigrations('approvals', new URL('./migrations', import.meta.url)),
};
