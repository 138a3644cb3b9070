import type { Feature } from '../../platform/feature.js';
import { seedDemoAccounts } from './demo-accounts.js';
import { userRoutes } from './routes.js';

/** Manages the platform's identity tables, so it owns no migrations of its own. */
export const usersFeature: Feature = {
  name: 'users',
  routes: [{ plugin: userRoutes, prefix: '/api/v1' }],
  seeds: { demoAccounts: seedDemoAccounts },
};
