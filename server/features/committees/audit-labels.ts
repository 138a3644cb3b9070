import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const committeeAuditLabels: EntityLabels = {
  committee: (id) => sql`select c.name_th from committees c where c.id::text = ${id}`,
  committee_member: (id) => sql`select cm.person_name from committee_members cm where cm.id::text = ${id}`,
  committee_meeting: (id) => sql`
    select 'ครั้งที่ ' || mt.no || '/' || mt.be_year || ' · ' || c.name_th from committee_meetings mt
    join committees c on c.id = mt.committee_id where mt.id::text = ${id}`,
  committee_agenda_item: (id) =>
    sql`select ai.title from committee_agenda_items ai where ai.id::text = ${id}`,
  committee_follow_up: (id) => sql`select fu.title from committee_follow_ups fu where fu.id::text = ${id}`,
};
