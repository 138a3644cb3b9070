import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { Action, Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { notFound } from '../../platform/http/errors.js';
import { agendaItems, committees, meetings } from './tables.js';

export const COMMITTEE = { th: 'คณะกรรมการ', en: 'Committee' };
export const MEETING = { th: 'การประชุม', en: 'Meeting' };
export const AGENDA_ITEM = { th: 'ระเบียบวาระ', en: 'Agenda item' };
export const FOLLOW_UP = { th: 'เรื่องติดตาม', en: 'Follow-up' };

export type CommitteeRow = typeof committees.$inferSelect;
export type MeetingRow = typeof meetings.$inferSelect;
type WriteAction = Extract<Action, 'committee.manage' | 'committee.record'>;

/**
 * A committee the actor may read (row-level security hides other provinces': 404); with `write`,
 * also the role and capture of its (secretariat's) province.
 */
export async function loadCommittee(
  tx: Queryable,
  actor: Actor,
  id: string,
  write?: WriteAction,
): Promise<CommitteeRow> {
  authorize(actor, 'committee.read');
  const [row] = await tx.select().from(committees).where(eq(committees.id, id));
  if (!row) {
    throw notFound(COMMITTEE);
  }
  if (write) {
    authorize(actor, write, row.provinceCode);
  }
  return row;
}

/** A meeting and its committee, as `loadCommittee` checks them. */
export async function loadMeeting(
  tx: Queryable,
  actor: Actor,
  id: string,
  write?: WriteAction,
): Promise<{ meeting: MeetingRow; committee: CommitteeRow }> {
  authorize(actor, 'committee.read');
  const [meeting] = await tx.select().from(meetings).where(eq(meetings.id, id));
  if (!meeting) {
    throw notFound(MEETING);
  }
  return { meeting, committee: await loadCommittee(tx, actor, meeting.committeeId, write) };
}

/** An agenda item with its meeting and committee. */
export async function loadAgendaItem(tx: Queryable, actor: Actor, id: string, write?: WriteAction) {
  authorize(actor, 'committee.read');
  const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, id));
  if (!item) {
    throw notFound(AGENDA_ITEM);
  }
  return { item, ...(await loadMeeting(tx, actor, item.meetingId, write)) };
}

/** SQL for the first wall on lists, mirroring the row-level-security read rule. */
export function inViewScope(
  actor: Actor,
  table: { provinceCode: AnyColumn; clusterId: AnyColumn },
): SQL | undefined {
  if (actor.viewScope.all) {
    return undefined;
  }
  const provinces = [...new Set(actor.viewScope.areaCodes.map((code) => code.slice(0, 2)))];
  if (provinces.length === 0) {
    return sql`false`;
  }
  const list = sql`${sql.param(provinces)}::text[]`;
  return sql`(${table.provinceCode} = any(${list}) or (${table.clusterId} is not null and exists (
    select 1 from cluster_memberships m where m.cluster_id = ${table.clusterId} and m.valid_to is null and m.province_code = any(${list}))))`;
}
