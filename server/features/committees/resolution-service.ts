import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { RESOLUTION_LABELS } from '../../../domain/committees/committee.js';
import { approvalActionOf } from '../../../domain/committees/follow-up.js';
import { formatMeetingNo } from '../../../domain/committees/meeting-rules.js';
import type { AgendaItemView } from '../../../domain/committees/responses.js';
import type { ResolutionInput } from '../../../domain/committees/schemas.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, invalid, staleVersion } from '../../platform/http/errors.js';
import { AGENDA_ITEM, loadAgendaItem } from './access.js';
import { assertHeld } from './attendance-service.js';
import { describeDocument, moveDocument } from './documents.js';
import { presentAgendaItem } from './presenter.js';
import { agendaItems } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

/**
 * Records the resolution (มติ) on an agenda item of a held meeting. On a document awaiting the
 * committee, approving or returning it takes that approval step through the document's own service,
 * in this transaction, with this meeting's number and date: the approval history names the meeting,
 * and if the step refuses (role, order, dates) nothing is saved.
 */
export async function recordResolution(
  deps: DatabaseDeps,
  actor: Actor,
  itemId: string,
  expected: number,
  input: ResolutionInput,
): Promise<AgendaItemView> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { item, meeting } = await loadAgendaItem(tx, actor, itemId, 'committee.record');
    assertHeld(meeting);
    if (item.version !== expected) {
      throw staleVersion(item.version);
    }
    if (item.resolutionKind !== null) {
      throw conflict({
        th: 'วาระนี้มีมติแล้ว',
        en: 'This agenda item already has its resolution',
      });
    }
    const action = approvalActionOf(input.kind);
    let approvalEventId: string | null = null;
    if (item.documentType !== null && item.documentId !== null) {
      if (action === null) {
        throw invalid([
          {
            path: 'kind',
            message: {
              th: 'เอกสารที่รอการพิจารณาต้องมีมติเห็นชอบหรือส่งกลับ',
              en: 'A document awaiting the committee is approved or returned',
            },
          },
        ]);
      }
      const document = await describeDocument(tx, actor, item.documentType, item.documentId);
      approvalEventId = await moveDocument(tx, actor, item.documentType, item.documentId, document.version, {
        action,
        meetingId: meeting.id,
        meetingNo: formatMeetingNo(meeting),
        meetingDate: meeting.date,
        reason: action === 'return' ? input.text : null,
      });
    }
    const [updated] = await tx
      .update(agendaItems)
      .set({
        resolutionKind: input.kind,
        resolutionText: input.text,
        approvalEventId,
        version: item.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(agendaItems.id, itemId), eq(agendaItems.version, expected)))
      .returning();
    if (!updated) {
      throw await lostVersionRace(tx, agendaItems, itemId, AGENDA_ITEM);
    }
    await recordAudit(tx, actor, {
      entityType: 'committee_agenda_item',
      entityId: itemId,
      action: 'resolve',
      changes: { resolution: [null, input.kind] },
      reason: `${RESOLUTION_LABELS[input.kind].th}: ${input.text}`,
      provinceCode: item.provinceCode,
    });
    return presentAgendaItem(updated, []);
  });
}
