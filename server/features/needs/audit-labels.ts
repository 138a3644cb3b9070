import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const needAuditLabels: EntityLabels = {
  need: (id) => sql`select n.reference_no from needs n where n.id::text = ${id}`,
};
