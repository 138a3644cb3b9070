import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const areaAuditLabels: EntityLabels = {
  area: (code) => sql`select ar.name_th from areas ar where ar.code = ${code}`,
};
