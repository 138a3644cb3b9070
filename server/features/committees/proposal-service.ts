import type { Actor } from '../../../domain/auth/policy.js';
import { COMMITTEE_KIND_LABELS, PROPOSAL_COMMITTEE_KINDS } from '../../../domain/committees/committee.js';
import { formatMeetingNo } from '../../../domain/committees/meeting-rules.js';
import type { ProposalCreate } from '../../../domain/committees/schemas.js';
import type { Need } from '../../../domain/needs/need-response.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict } from '../../platform/http/errors.js';
import { recordNeed } from '../needs/public.js';
import { loadAgendaItem } from './access.js';
import { assertHeld } from './attendance-service.js';
import { agendaItemNeeds } from './tables.js';

/**
 * Enters a private-sector proposal heard at a held กรอ. meeting as a need (origin กรอ.), through the
 * needs service in this transaction: its source is the meeting's minutes and date, and the agenda
 * item keeps the link. The need's area must be in the actor's capture scope, as any need's.
 */
export async function enterProposal(
  deps: DatabaseDeps,
  actor: Actor,
  itemId: string,
  input: ProposalCreate,
): Promise<Need> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { item, meeting, committee } = await loadAgendaItem(tx, actor, itemId, 'committee.record');
    if (!PROPOSAL_COMMITTEE_KINDS.includes(committee.kind)) {
      throw conflict({
        th: 'ข้อเสนอภาคเอกชนบันทึกได้จากระเบียบวาระของ กรอ. เท่านั้น',
        en: 'Private-sector proposals are entered from the agenda of a กรอ. committee only',
      });
    }
    assertHeld(meeting);
    const need = await recordNeed(tx, actor, {
      ...input,
      origin: 'private_sector',
      sourceDocument: `รายงานการประชุม${COMMITTEE_KIND_LABELS[committee.kind].th} ครั้งที่ ${formatMeetingNo(meeting)} วาระที่ ${item.section}.${item.position}`,
      sourceDate: meeting.date,
    });
    await tx.insert(agendaItemNeeds).values({
      agendaItemId: item.id,
      needId: need.id,
      provinceCode: item.provinceCode,
      clusterId: item.clusterId,
    });
    await recordAudit(tx, actor, {
      entityType: 'committee_agenda_item',
      entityId: item.id,
      action: 'propose_need',
      changes: { need: [null, need.referenceNo] },
      provinceCode: item.provinceCode,
    });
    return need;
  });
}
