import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const userAuditLabels: EntityLabels = {
  user: (id) => sql`select u.username from users u where u.id::text = ${id}`,
};
