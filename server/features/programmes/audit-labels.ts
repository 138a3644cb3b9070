import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const programmeAuditLabels: EntityLabels = {
  programme: (id) => sql`select g.title_th from programmes g where g.id::text = ${id}`,
  programme_targets: (id) => sql`select g.title_th from programmes g where g.id::text = ${id}`,
  programme_activity: (id) => sql`select a.title from programme_activities a where a.id::text = ${id}`,
  programme_report: (id) => sql`
    select g.code || ' · ' || r.province_code || ' · รอบ ' || r.period_index from programme_reports r
    join programmes g on g.id = r.programme_id where r.id::text = ${id}`,
};
