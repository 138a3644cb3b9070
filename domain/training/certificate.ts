import { formatThaiDate } from '../thai/be-date.js';
import { digits } from '../thai/digits.js';

/** What a certificate says: who, which event, where and when, and the number it is issued under. */
export type CertificateFacts = {
  participantName: string;
  eventTitle: string;
  venue: string;
  organiser: string;
  /** ISO date the event was held (Bangkok calendar day). */
  heldOn: string;
  /** The participant's place among the event's attendees in name order, from 1. */
  ordinal: number;
  check: { score: number; total: number; passed: boolean } | null;
  isDemo: boolean;
};

/** The held-on day in Thai words and Thai digits ("๒๗ พฤษภาคม ๒๕๖๗"). */
export function certificateDate(heldOn: string): string {
  return digits(formatThaiDate(new Date(`${heldOn}T12:00:00+07:00`)), true);
}

/** The certificate's number: the attendee's place and the Buddhist-Era year of the event ("๑๒/๒๕๖๗"). */
export function certificateNumber(ordinal: number, heldOn: string): string {
  return digits(`${ordinal}/${Number(heldOn.slice(0, 4)) + 543}`, true);
}
