import { and, asc, eq, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { FollowUpView } from '../../../domain/committees/responses.js';
import type {
  FollowUpCreate,
  FollowUpListQuery,
  FollowUpUpdate,
} from '../../../domain/committees/schemas.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { notFound, staleVersion } from '../../platform/http/errors.js';
import { FOLLOW_UP, inViewScope, loadAgendaItem, loadCommittee } from './access.js';
import { assertHeld } from './attendance-service.js';
import { presentFollowUp } from './presenter.js';
import { followUps, meetings } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/** An action a resolution assigns (owner, due date); shown until done and carried to the next agendas. */
export async function createFollowUp(
  deps: DatabaseDeps,
  actor: Actor,
  itemId: string,
  input: FollowUpCreate,
): Promise<FollowUpView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { item, meeting } = await loadAgendaItem(tx, actor, itemId, 'committee.record');
    assertHeld(meeting);
    const [created] = await tx
      .insert(followUps)
      .values({
        committeeId: meeting.committeeId,
        meetingId: meeting.id,
        agendaItemId: item.id,
        title: input.title,
        owner: input.owner,
        dueDate: input.dueDate ?? null,
        provinceCode: meeting.provinceCode,
        clusterId: meeting.clusterId,
      })
      .returning();
    if (!created) {
      throw new Error('follow-up not inserted');
    }
    const view = presentFollowUp(created, meeting, toBangkokIsoDate(new Date()));
    await recordAudit(tx, actor, {
      entityType: 'committee_follow_up',
      entityId: created.id,
      action: 'create',
      after: view,
      provinceCode: meeting.provinceCode,
    });
    return view;
  });
}

/** Moves a follow-up on (in progress, done) with a note on what was done. */
export async function updateFollowUp(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: FollowUpUpdate,
): Promise<FollowUpView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    authorize(actor, 'committee.read');
    const [row] = await tx
      .select({ followUp: followUps, no: meetings.no, beYear: meetings.beYear })
      .from(followUps)
      .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
      .where(eq(followUps.id, id));
    if (!row) {
      throw notFound(FOLLOW_UP);
    }
    await loadCommittee(tx, actor, row.followUp.committeeId, 'committee.record');
    if (row.followUp.version !== expected) {
      throw staleVersion(row.followUp.version);
    }
    const [updated] = await tx
      .update(followUps)
      .set({
        status: input.status,
        note: input.note === undefined ? row.followUp.note : input.note,
        version: expected + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(followUps.id, id), eq(followUps.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, followUps, id, FOLLOW_UP);
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_follow_up',
      entityId: id,
      action: 'update',
      changes: { status: [row.followUp.status, updated.status] },
      reason: updated.note,
      provinceCode: updated.provinceCode,
    });
    return presentFollowUp(updated, row, toBangkokIsoDate(new Date()));
  });
}

/** Follow-ups in view (open ones by default), earliest due first: the dashboard's list of what is late. */
export async function listFollowUps(
  deps: DatabaseDeps,
  actor: Actor,
  query: FollowUpListQuery,
): Promise<{ items: FollowUpView[] }> {
  authorize(actor, 'committee.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await tx
      .select({ followUp: followUps, no: meetings.no, beYear: meetings.beYear })
      .from(followUps)
      .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
      .where(
        and(
          inViewScope(actor, followUps),
          query.committeeId === undefined ? undefined : eq(followUps.committeeId, query.committeeId),
          query.provinceCode === undefined ? undefined : eq(followUps.provinceCode, query.provinceCode),
          query.openOnly ? ne(followUps.status, 'done') : undefined,
        ),
      )
      .orderBy(asc(followUps.dueDate), asc(followUps.id))
      .limit(500);
    const today = toBangkokIsoDate(new Date());
    return { items: rows.map((row) => presentFollowUp(row.followUp, row, today)) };
  });
}
