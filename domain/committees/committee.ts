import type { Bilingual } from '../common/bilingual.js';

/**
 * The committees a province or cluster runs (domain §1.1, §4.2): ก.บ.จ. and กรอ.จังหวัด sit per
 * province, ก.บ.ก. and กรอ.กลุ่มจังหวัด per cluster; administrators may add others.
 */
export const COMMITTEE_KINDS = ['kbj', 'kbk', 'kro_province', 'kro_cluster', 'other'] as const;
export type CommitteeKind = (typeof COMMITTEE_KINDS)[number];

export const COMMITTEE_KIND_LABELS: Record<CommitteeKind, Bilingual> = {
  kbj: { th: 'ก.บ.จ.', en: 'Provincial integrated administration committee (ก.บ.จ.)' },
  kbk: { th: 'ก.บ.ก.', en: 'Cluster integrated administration committee (ก.บ.ก.)' },
  kro_province: { th: 'กรอ.จังหวัด', en: 'Provincial public–private committee (กรอ.จังหวัด)' },
  kro_cluster: { th: 'กรอ.กลุ่มจังหวัด', en: 'Cluster public–private committee (กรอ.กลุ่มจังหวัด)' },
  other: { th: 'คณะกรรมการอื่น', en: 'Other committee' },
};

/** Whether a kind belongs to a province or a cluster (`other` may be either). */
export const COMMITTEE_KIND_SCOPE: Record<CommitteeKind, 'province' | 'cluster' | 'either'> = {
  kbj: 'province',
  kbk: 'cluster',
  kro_province: 'province',
  kro_cluster: 'cluster',
  other: 'either',
};

/** Where a member's seat comes from: ex officio government seats, or appointed ones. */
export const SEAT_TYPES = [
  'government',
  'local_government',
  'private',
  'expert',
  'education',
  'civil_society',
] as const;
export type SeatType = (typeof SEAT_TYPES)[number];

export const SEAT_TYPE_LABELS: Record<SeatType, Bilingual> = {
  government: { th: 'ภาครัฐ (โดยตำแหน่ง)', en: 'Government (ex officio)' },
  local_government: { th: 'องค์กรปกครองส่วนท้องถิ่น', en: 'Local government' },
  private: { th: 'ภาคเอกชน', en: 'Private sector' },
  expert: { th: 'ผู้ทรงคุณวุฒิ', en: 'Expert' },
  education: { th: 'สถาบันการศึกษา', en: 'Education' },
  civil_society: { th: 'ภาคประชาสังคม', en: 'Civil society' },
};

/** Ex officio seats follow the position, so the term rule does not apply to them. */
export const EX_OFFICIO_SEATS: readonly SeatType[] = ['government'];

export const MEMBER_ROLES = ['chair', 'vice_chair', 'member', 'secretary', 'assistant_secretary'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Record<MemberRole, Bilingual> = {
  chair: { th: 'ประธานกรรมการ', en: 'Chair' },
  vice_chair: { th: 'รองประธานกรรมการ', en: 'Vice-chair' },
  member: { th: 'กรรมการ', en: 'Member' },
  secretary: { th: 'กรรมการและเลขานุการ', en: 'Member and secretary' },
  assistant_secretary: { th: 'กรรมการและผู้ช่วยเลขานุการ', en: 'Member and assistant secretary' },
};

export const ATTENDANCE_STATUSES = ['present', 'absent', 'delegate'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_LABELS: Record<AttendanceStatus, Bilingual> = {
  present: { th: 'มาประชุม', en: 'Present' },
  absent: { th: 'ไม่มาประชุม', en: 'Absent' },
  delegate: { th: 'มอบผู้แทน', en: 'Sent a delegate' },
};

/** The standard agenda of a Thai committee meeting (ระเบียบวาระที่ 1–5). */
export const AGENDA_SECTIONS = [1, 2, 3, 4, 5] as const;
export type AgendaSection = (typeof AGENDA_SECTIONS)[number];

export const AGENDA_SECTION_LABELS: Record<AgendaSection, Bilingual> = {
  1: { th: 'เรื่องที่ประธานแจ้งให้ที่ประชุมทราบ', en: 'Announcements by the chair' },
  2: { th: 'รับรองรายงานการประชุมครั้งที่แล้ว', en: 'Adoption of the previous minutes' },
  3: { th: 'เรื่องสืบเนื่องและเรื่องเพื่อทราบ', en: 'Matters arising and for information' },
  4: { th: 'เรื่องเพื่อพิจารณา', en: 'Matters for decision' },
  5: { th: 'เรื่องอื่น ๆ', en: 'Other matters' },
};

export const RESOLUTION_KINDS = ['approve', 'approve_with_changes', 'return', 'note', 'assign'] as const;
export type ResolutionKind = (typeof RESOLUTION_KINDS)[number];

export const RESOLUTION_LABELS: Record<ResolutionKind, Bilingual> = {
  approve: { th: 'เห็นชอบ', en: 'Approved' },
  approve_with_changes: { th: 'เห็นชอบโดยให้ปรับปรุงตามข้อสังเกต', en: 'Approved with changes' },
  return: { th: 'ส่งกลับไปปรับปรุง', en: 'Returned for revision' },
  note: { th: 'รับทราบ', en: 'Noted' },
  assign: { th: 'มอบหมายให้ดำเนินการ', en: 'Assigned for action' },
};

export const FOLLOW_UP_STATUSES = ['open', 'in_progress', 'done'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, Bilingual> = {
  open: { th: 'ยังไม่ดำเนินการ', en: 'Open' },
  in_progress: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
  done: { th: 'ดำเนินการแล้ว', en: 'Done' },
};

export const MEETING_STATUSES = ['scheduled', 'held'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** A scan of the signed minutes is a few pages: larger uploads are refused before they are kept. */
export const SIGNED_MINUTES_MAX_BYTES = 10 * 1024 * 1024;

/** The joint public–private committees whose agenda items may carry proposals that become needs. */
export const PROPOSAL_COMMITTEE_KINDS: readonly CommitteeKind[] = ['kro_province', 'kro_cluster'];
