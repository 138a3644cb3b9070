import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const planAuditLabels: EntityLabels = {
  plan: (id) => sql`select p.title from development_plans p where p.id::text = ${id}`,
  plan_version: (id) => sql`
    select p.title || ' · v' || v.version_no from plan_versions v
    join development_plans p on p.id = v.plan_id where v.id::text = ${id}`,
};
