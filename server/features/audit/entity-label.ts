import { sql, type SQL } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/tables.js';

/**
 * What a reader calls the record an audit event is about: a need's reference number, a plan's title
 * (with the version number for a version), a user's username, an agency's or area's name, a rule set's year and revision, a project's code, a household's area and a member's masked name. Looked up
 * under the reader's row-level security, so it is null where the reader may not see the record.
 */
export const entityLabel: SQL<string | null> = sql<string | null>`case ${auditEvents.entityType}
  when 'need' then (select n.reference_no from needs n where n.id::text = ${auditEvents.entityId})
  when 'plan' then (select p.title from development_plans p where p.id::text = ${auditEvents.entityId})
  when 'plan_version' then (
    select p.title || ' · v' || v.version_no from plan_versions v
    join development_plans p on p.id = v.plan_id where v.id::text = ${auditEvents.entityId})
  when 'user' then (select u.username from users u where u.id::text = ${auditEvents.entityId})
  when 'agency' then (select a.name_th from agencies a where a.id::text = ${auditEvents.entityId})
  when 'area' then (select ar.name_th from areas ar where ar.code = ${auditEvents.entityId})
  when 'rule_set' then (
    select 'พ.ศ. ' || r.fiscal_year || ' · ' || r.revision from rule_sets r where r.id::text = ${auditEvents.entityId})
  when 'project' then (select pr.code from projects pr where pr.id::text = ${auditEvents.entityId})
  when 'household' then (
    select h.area_code || coalesce(' ม.' || h.village_no, '') from households h where h.id::text = ${auditEvents.entityId})
  when 'household_member' then (
    select m.name_masked from household_members m where m.id::text = ${auditEvents.entityId})
  when 'household_export' then (select ar.name_th from areas ar where ar.code = ${auditEvents.entityId})
  end`;
