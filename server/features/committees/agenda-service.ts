import { and, asc, eq, max, ne } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { AgendaSection } from '../../../domain/committees/committee.js';
import { isOverdue } from '../../../domain/committees/follow-up.js';
import { formatMeetingNo } from '../../../domain/committees/meeting-rules.js';
import type { AgendaCandidate, AgendaItemView, MeetingDetail } from '../../../domain/committees/responses.js';
import type { AgendaItemCreate } from '../../../domain/committees/schemas.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { documentsAwaitingCommittee } from '../approvals/public.js';
import { loadMeeting, type CommitteeRow, type MeetingRow } from './access.js';
import { loadMeetingDetail } from './detail.js';
import { describeDocument } from './documents.js';
import { presentAgendaItem } from './presenter.js';
import { agendaItems, followUps, meetings } from './tables.js';

/** Which approval chain's committee step a committee takes: ก.บ.จ. the province's, ก.บ.ก. the cluster's. */
const CHAIN_SCOPE = { kbj: 'province', kbk: 'cluster' } as const;

/**
 * What the system proposes for a meeting's agenda, not yet on it: documents waiting for this
 * committee's decision in the approval chain (section 4), and follow-ups of earlier meetings not
 * yet done (section 3, overdue ones flagged).
 */
async function candidatesFor(
  tx: Queryable,
  actor: Actor,
  meeting: MeetingRow,
  committee: CommitteeRow,
): Promise<AgendaCandidate[]> {
  const onAgenda = await tx.select().from(agendaItems).where(eq(agendaItems.meetingId, meeting.id));
  const taken = new Set(onAgenda.flatMap((item) => [item.documentId, item.followUpId]));
  const scope = committee.kind === 'kbj' || committee.kind === 'kbk' ? CHAIN_SCOPE[committee.kind] : null;
  const awaiting = scope ? await documentsAwaitingCommittee(tx, { scope, ...committee }) : [];
  const documents: AgendaCandidate[] = [];
  for (const document of awaiting.filter((entry) => !taken.has(entry.documentId))) {
    const summary = await describeDocument(tx, actor, document.documentType, document.documentId);
    documents.push({
      section: 4,
      title: `พิจารณา${summary.title}`,
      documentType: document.documentType,
      documentId: document.documentId,
      followUpId: null,
      overdue: false,
    });
  }
  const open = await tx
    .select({ followUp: followUps, no: meetings.no, beYear: meetings.beYear })
    .from(followUps)
    .innerJoin(meetings, eq(meetings.id, followUps.meetingId))
    .where(
      and(
        eq(followUps.committeeId, committee.id),
        ne(followUps.status, 'done'),
        ne(followUps.meetingId, meeting.id),
      ),
    )
    .orderBy(asc(followUps.dueDate), asc(followUps.createdAt));
  const today = toBangkokIsoDate(new Date());
  const carried: AgendaCandidate[] = open
    .filter(({ followUp }) => !taken.has(followUp.id))
    .map(({ followUp, no, beYear }) => ({
      section: 3,
      title: `ติดตามมติการประชุมครั้งที่ ${formatMeetingNo({ no, beYear })}: ${followUp.title} (${followUp.owner})`,
      documentType: null,
      documentId: null,
      followUpId: followUp.id,
      overdue: isOverdue(followUp, today),
    }));
  return [...carried, ...documents];
}

export async function listAgendaCandidates(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
): Promise<{ items: AgendaCandidate[] }> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId);
    return { items: await candidatesFor(tx, actor, meeting, committee) };
  });
}

async function insertItem(
  tx: Queryable,
  actor: Actor,
  meeting: MeetingRow,
  item: Omit<AgendaCandidate, 'overdue'> & { detail?: string | null },
) {
  const [last] = await tx
    .select({ position: max(agendaItems.position) })
    .from(agendaItems)
    .where(and(eq(agendaItems.meetingId, meeting.id), eq(agendaItems.section, item.section)));
  const [created] = await tx
    .insert(agendaItems)
    .values({
      meetingId: meeting.id,
      section: item.section,
      position: (last?.position ?? 0) + 1,
      title: item.title,
      detail: item.detail ?? null,
      documentType: item.documentType,
      documentId: item.documentId,
      followUpId: item.followUpId,
      provinceCode: meeting.provinceCode,
      clusterId: meeting.clusterId,
    })
    .returning();
  if (!created) {
    throw new Error('agenda item not inserted');
  }
  await recordAudit(tx, actor, {
    entityType: 'committee_agenda_item',
    entityId: created.id,
    action: 'create',
    after: { meetingId: meeting.id, section: created.section, title: created.title },
    provinceCode: meeting.provinceCode,
  });
  return created;
}

const notProposed = (path: string) =>
  invalid([
    {
      path,
      message: {
        th: 'รายการนี้ไม่ได้รอการพิจารณาของคณะกรรมการนี้ หรืออยู่ในระเบียบวาระแล้ว',
        en: 'This is not waiting for this committee, or it is already on the agenda',
      },
    },
  ]);

/** Adds a free item, or a document or follow-up the system proposes (anything else: 400). */
export async function addAgendaItem(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
  input: AgendaItemCreate,
): Promise<AgendaItemView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId, 'committee.record');
    let linked: AgendaCandidate | undefined;
    if (input.document || input.followUpId) {
      const candidates = await candidatesFor(tx, actor, meeting, committee);
      linked = input.document
        ? candidates.find((candidate) => candidate.documentId === input.document?.id)
        : candidates.find((candidate) => candidate.followUpId === input.followUpId);
      if (!linked) {
        throw notProposed(input.document ? 'document' : 'followUpId');
      }
    }
    const created = await insertItem(tx, actor, meeting, {
      section: input.section as AgendaSection,
      title: input.title ?? linked?.title ?? '',
      detail: input.detail ?? null,
      documentType: linked?.documentType ?? null,
      documentId: linked?.documentId ?? null,
      followUpId: linked?.followUpId ?? null,
    });
    return presentAgendaItem(created, []);
  });
}

/** Puts everything the system proposes on the agenda at once, in the standard sections. */
export async function buildAgenda(
  deps: DatabaseDeps,
  actor: Actor,
  meetingId: string,
): Promise<MeetingDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { meeting, committee } = await loadMeeting(tx, actor, meetingId, 'committee.record');
    if (meeting.status === 'held') {
      throw conflict({
        th: 'การประชุมนี้ประชุมไปแล้ว ไม่สามารถจัดระเบียบวาระใหม่ได้',
        en: 'This meeting has been held; its agenda can no longer be built',
      });
    }
    for (const candidate of await candidatesFor(tx, actor, meeting, committee)) {
      await insertItem(tx, actor, meeting, candidate);
    }
    return loadMeetingDetail(tx, meeting, committee);
  });
}
