import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const householdAuditLabels: EntityLabels = {
  household: (id) => sql`
    select h.area_code || coalesce(' ม.' || h.village_no, '') from households h where h.id::text = ${id}`,
  household_member: (id) => sql`select m.name_masked from household_members m where m.id::text = ${id}`,
  // An export is recorded against the area exported.
  household_export: (code) => sql`select ar.name_th from areas ar where ar.code = ${code}`,
};
