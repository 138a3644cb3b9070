import type { Feature } from '../../platform/feature.js';
import { featureMigrations } from '../../platform/db/migrations.js';
import { DAILY_DIGEST_JOB, dailyDigestJob } from './digest.js';
import type { DigestSource } from './public.js';
import { notificationRoutes } from './routes.js';

/** The notification bell, fed by the digest sources other features hand the registry. */
export function notificationsFeature(sources: readonly DigestSource[]): Feature {
  return {
    name: 'notifications',
    routes: [{ plugin: notificationRoutes, prefix: '/api/v1' }],
    jobs: { [DAILY_DIGEST_JOB]: dailyDigestJob(sources) },
    migrations: featureMigrations('notifications', new URL('./migrations', import.meta.url)),
  };
}
