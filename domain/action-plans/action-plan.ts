import type { Bilingual } from '../common/bilingual.js';

/** Vocabulary of the annual action plan (แผนปฏิบัติราชการประจำปี) of a province or cluster. */
/**
 * The chain: the province's (ก.บ.จ.) or cluster's (ก.บ.ก.) committee approves the plan, which puts
 * its projects in the action plan; the regional sub-committee then endorses it for ก.น.บ.
 */
export const ACTION_PLAN_STATUSES = [
  'draft',
  'submitted_to_committee',
  'approved',
  'submitted_to_centre',
  'endorsed_by_region',
] as const;
export type ActionPlanStatus = (typeof ACTION_PLAN_STATUSES)[number];

export const ACTION_PLAN_STATUS_LABELS: Record<ActionPlanStatus, Bilingual> = {
  draft: { th: 'ร่าง', en: 'Draft' },
  submitted_to_committee: { th: 'เสนอคณะกรรมการ (ก.บ.จ./ก.บ.ก.)', en: 'Submitted to the committee' },
  approved: { th: 'คณะกรรมการ (ก.บ.จ./ก.บ.ก.) อนุมัติ', en: 'Approved by the committee' },
  submitted_to_centre: { th: 'เสนอคณะอนุกรรมการประจำภาค', en: 'Submitted to the regional sub-committee' },
  endorsed_by_region: { th: 'คณะอนุกรรมการประจำภาคเห็นชอบ', en: 'Endorsed by the regional sub-committee' },
};

/** A version at or beyond this status is the approved plan of its year; a revision starts from it. */
export const isActionPlanApproved = (status: ActionPlanStatus): boolean =>
  status === 'approved' || status === 'submitted_to_centre' || status === 'endorsed_by_region';

/** Only a draft can change; from submission on, a version stays as it was decided. */
export const isActionPlanLocked = (status: ActionPlanStatus): boolean => status !== 'draft';

export const ACTION_PLAN_LOCKED: Bilingual = {
  th: 'แผนปฏิบัติราชการฉบับนี้เสนอหรืออนุมัติแล้ว แก้ไขไม่ได้ (ให้จัดทำฉบับปรับแผน)',
  en: 'This action plan has been submitted or approved and cannot change (start a revision)',
};

/**
 * How an entry counts: within the ceiling (ภายในกรอบวงเงิน), above it on the ranked reserve list
 * (เกินกรอบวงเงิน), administration budget (งบบริหารจัดการ), or an agency project noted as serving
 * the plan without provincial money (โครงการของส่วนราชการที่รับทราบ).
 */
export const ENTRY_CLASSES = ['within', 'above', 'administration', 'noted'] as const;
export type EntryClass = (typeof ENTRY_CLASSES)[number];

export const ENTRY_CLASS_LABELS: Record<EntryClass, Bilingual> = {
  within: { th: 'ภายในกรอบวงเงิน', en: 'Within the ceiling' },
  above: { th: 'เกินกรอบวงเงิน (บัญชีสำรอง)', en: 'Above the ceiling (reserve list)' },
  administration: { th: 'งบบริหารจัดการ', en: 'Administration budget' },
  noted: { th: 'โครงการส่วนราชการ (รับทราบ)', en: 'Agency projects noted' },
};

/** The classes whose money counts against the ceiling of the budget unit. */
export const CEILING_CLASSES: readonly EntryClass[] = ['within', 'administration'];
