import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const budgetAuditLabels: EntityLabels = {
  rule_set: (id) => sql`
    select 'พ.ศ. ' || r.fiscal_year || ' · ' || r.revision from rule_sets r where r.id::text = ${id}`,
};
