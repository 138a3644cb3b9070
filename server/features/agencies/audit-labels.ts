import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const agencyAuditLabels: EntityLabels = {
  agency: (id) => sql`select a.name_th from agencies a where a.id::text = ${id}`,
};
