import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const projectAuditLabels: EntityLabels = {
  project: (id) => sql`select pr.code from projects pr where pr.id::text = ${id}`,
};
