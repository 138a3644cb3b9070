import type { AgendaSection } from '../../../domain/committees/committee.js';
import { isOverdue } from '../../../domain/committees/follow-up.js';
import { formatMeetingNo } from '../../../domain/committees/meeting-rules.js';
import type {
  AgendaItemView,
  CommitteeView,
  FollowUpView,
  MeetingView,
  MemberView,
} from '../../../domain/committees/responses.js';
import type { agendaItems, committeeMembers, committees, followUps, meetings } from './tables.js';

type CommitteeRow = typeof committees.$inferSelect;
type MeetingRow = typeof meetings.$inferSelect;

export function presentCommittee(row: CommitteeRow): CommitteeView {
  return {
    id: row.id,
    kind: row.kind,
    provinceCode: row.provinceCode,
    clusterId: row.clusterId,
    nameTh: row.nameTh,
    nameEn: row.nameEn,
    legalBasis: row.legalBasis,
    secretaryUnit: row.secretaryUnit,
    isDemo: row.isDemo,
    version: row.version,
  };
}

export function presentMember(row: typeof committeeMembers.$inferSelect): MemberView {
  return {
    id: row.id,
    committeeId: row.committeeId,
    personName: row.personName,
    position: row.position,
    organisation: row.organisation,
    seatType: row.seatType,
    role: row.role,
    userId: row.userId,
    validFrom: row.validFrom,
    validTo: row.validTo,
  };
}

export function presentMeeting(row: MeetingRow, committee: Pick<CommitteeRow, 'nameTh'>): MeetingView {
  return {
    id: row.id,
    committeeId: row.committeeId,
    committeeNameTh: committee.nameTh,
    provinceCode: row.provinceCode,
    no: row.no,
    beYear: row.beYear,
    label: formatMeetingNo(row),
    date: row.date,
    startTime: row.startTime,
    venue: row.venue,
    online: row.online,
    status: row.status,
    signedMinutes:
      row.signedMinutesName && row.signedMinutesAt
        ? { fileName: row.signedMinutesName, uploadedAt: row.signedMinutesAt.toISOString() }
        : null,
    isDemo: row.isDemo,
    version: row.version,
  };
}

export function presentFollowUp(
  row: typeof followUps.$inferSelect,
  meeting: Pick<MeetingRow, 'no' | 'beYear'>,
  today: string,
): FollowUpView {
  return {
    id: row.id,
    committeeId: row.committeeId,
    meetingId: row.meetingId,
    meetingLabel: formatMeetingNo(meeting),
    agendaItemId: row.agendaItemId,
    title: row.title,
    owner: row.owner,
    dueDate: row.dueDate,
    status: row.status,
    note: row.note,
    overdue: isOverdue(row, today),
    provinceCode: row.provinceCode,
    version: row.version,
  };
}

export function presentAgendaItem(
  row: typeof agendaItems.$inferSelect,
  itemFollowUps: FollowUpView[],
  needIds: string[] = [],
): AgendaItemView {
  return {
    id: row.id,
    meetingId: row.meetingId,
    section: row.section as AgendaSection,
    position: row.position,
    title: row.title,
    detail: row.detail,
    documentType: row.documentType,
    documentId: row.documentId,
    followUpId: row.followUpId,
    resolution:
      row.resolutionKind === null
        ? null
        : { kind: row.resolutionKind, text: row.resolutionText ?? '', approvalEventId: row.approvalEventId },
    followUps: itemFollowUps,
    needIds,
    version: row.version,
  };
}
