import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { certificateHtml } from './certificate-html.js';
import { loadEvents } from './events.js';

const EVENT = { th: 'การอบรม', en: 'Training event' };
const PARTICIPANT = { th: 'ผู้เข้าอบรม', en: 'Participant' };
export const CERTIFICATE_MARGINS = { top: '1.5cm', right: '1.5cm', bottom: '1.5cm', left: '1.5cm' };

/**
 * A participant's certificate of an event they attended: the participant downloads their own, the
 * event's managers anyone's.
 */
export async function certificatePdf(
  deps: DatabaseDeps,
  actor: Actor,
  eventId: string,
  userId: string,
): Promise<{ pdf: Buffer; fileName: string }> {
  authorize(actor, 'training.read');
  const facts = await inActorReadTransaction(deps.database, actor, async (tx) => {
    const [event] = await loadEvents(tx, [eventId]);
    if (!event) {
      throw notFound(EVENT);
    }
    if (userId !== actor.userId) {
      authorize(actor, 'training.manage', event.provinceCode);
    }
    const attendees = event.participants.filter((participant) => participant.attended);
    const index = attendees.findIndex((participant) => participant.userId === userId);
    const participant = attendees[index];
    if (!participant) {
      if (event.participants.some((entry) => entry.userId === userId)) {
        throw conflict({
          th: 'ผู้นี้ไม่ได้เข้าร่วมการอบรม จึงออกเกียรติบัตรไม่ได้',
          en: 'This participant did not attend, so no certificate is issued',
        });
      }
      throw notFound(PARTICIPANT);
    }
    return {
      participantName: participant.displayName,
      eventTitle: event.title,
      venue: event.venue,
      organiser: event.organiser,
      heldOn: event.heldOn,
      ordinal: index + 1,
      check: participant.check,
      isDemo: event.isDemo,
    };
  });
  const pdf = await renderPdf(certificateHtml(facts), { landscape: true, margins: CERTIFICATE_MARGINS });
  return { pdf, fileName: `certificate-${facts.heldOn}-${facts.ordinal}.pdf` };
}
