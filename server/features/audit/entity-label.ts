import { sql, type SQL } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/tables.js';

/**
 * What a reader calls the record an audit event is about: a need's reference number, a plan's title
 * (with the version number for a version), a user's username, an agency's or area's name, a rule set's year and revision, a project's code, a household's area and a member's masked name, a programme's or regulation's title, a training event's title, a committee's name, a member's name, a meeting's number and committee, an agenda item's or follow-up's title. Looked up
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
  when 'programme' then (select g.title_th from programmes g where g.id::text = ${auditEvents.entityId})
  when 'programme_targets' then (select g.title_th from programmes g where g.id::text = ${auditEvents.entityId})
  when 'programme_activity' then (
    select a.title from programme_activities a where a.id::text = ${auditEvents.entityId})
  when 'programme_report' then (
    select g.code || ' · ' || r.province_code || ' · รอบ ' || r.period_index from programme_reports r
    join programmes g on g.id = r.programme_id where r.id::text = ${auditEvents.entityId})
  when 'regulation' then (select rg.title_th from regulations rg where rg.id::text = ${auditEvents.entityId})
  when 'regulation_version' then (
    select rg.title_th || ' · ' || v.label from regulation_versions v
    join regulations rg on rg.id = v.regulation_id where v.id::text = ${auditEvents.entityId})
  when 'regulation_provision' then (
    select rg.title_th || ' · ' || p.reference from regulation_provisions p
    join regulations rg on rg.id = p.regulation_id where p.id::text = ${auditEvents.entityId})
  when 'regulation_citation' then (
    select p.reference || ' → ' || c.target_key from regulation_citations c
    join regulation_provisions p on p.id = c.provision_id where c.id::text = ${auditEvents.entityId})
  when 'training_event' then (select t.title from training_events t where t.id::text = ${auditEvents.entityId})
  when 'committee' then (select c.name_th from committees c where c.id::text = ${auditEvents.entityId})
  when 'committee_member' then (
    select cm.person_name from committee_members cm where cm.id::text = ${auditEvents.entityId})
  when 'committee_meeting' then (
    select 'ครั้งที่ ' || mt.no || '/' || mt.be_year || ' · ' || c.name_th from committee_meetings mt
    join committees c on c.id = mt.committee_id where mt.id::text = ${auditEvents.entityId})
  when 'committee_agenda_item' then (
    select ai.title from committee_agenda_items ai where ai.id::text = ${auditEvents.entityId})
  when 'committee_follow_up' then (
    select fu.title from committee_follow_ups fu where fu.id::text = ${auditEvents.entityId})
  end`;
