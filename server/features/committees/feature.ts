import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { committeeRoutes } from './committee-routes.js';
import { seedDemoCommittees } from './demo.js';
import { meetingRoutes } from './meeting-routes.js';
import { minutesRoutes } from './minutes-routes.js';

/** Committees (ก.บ.จ., ก.บ.ก., กรอ.), their members and meetings: agendas from the approval chain, resolutions, minutes. */
export const committeesFeature: Feature = {
  name: 'committees',
  routes: [
    { plugin: committeeRoutes, prefix: '/api/v1' },
    { plugin: meetingRoutes, prefix: '/api/v1' },
    { plugin: minutesRoutes, prefix: '/api/v1' },
  ],
  migrations: featureMigrations('committees', new URL('./migrations', import.meta.url)),
  // After plans and action plans: the demo's agenda picks the documents their demos leave waiting.
  seeds: { demo: seedDemoCommittees },
};
