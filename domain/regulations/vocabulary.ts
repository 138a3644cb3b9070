import type { Bilingual } from '../common/bilingual.js';

/** Kinds of document the regulations library keeps. */
export const REGULATION_KINDS = [
  'act',
  'royal_decree',
  'regulation',
  'cabinet_resolution',
  'ministry_letter',
  'notice',
  'guideline',
] as const;
export type RegulationKind = (typeof REGULATION_KINDS)[number];

export const REGULATION_KIND_LABELS: Record<RegulationKind, Bilingual> = {
  act: { th: 'พระราชบัญญัติ', en: 'Act' },
  royal_decree: { th: 'พระราชกฤษฎีกา', en: 'Royal decree' },
  regulation: { th: 'ระเบียบ', en: 'Regulation' },
  cabinet_resolution: { th: 'มติคณะรัฐมนตรี', en: 'Cabinet resolution' },
  ministry_letter: { th: 'หนังสือสั่งการ', en: 'Ministry letter' },
  notice: { th: 'ประกาศ', en: 'Notice' },
  guideline: { th: 'แนวทาง/หลักเกณฑ์', en: 'Guideline' },
};

/** Whether a document (or one of its provisions) still applies. */
export const REGULATION_STATUSES = ['in_force', 'superseded'] as const;
export type RegulationStatus = (typeof REGULATION_STATUSES)[number];

export const REGULATION_STATUS_LABELS: Record<RegulationStatus, Bilingual> = {
  in_force: { th: 'มีผลใช้บังคับ', en: 'In force' },
  superseded: { th: 'ถูกแทนที่/ยกเลิก', en: 'Superseded' },
};

/**
 * The workflow steps of the system that rest on provisions; each step's screen shows the provisions
 * cited for it. Eligibility rules are cited by their rule key instead (they are data per year).
 */
export const WORKFLOW_STEPS = [
  'need_screening',
  'plan_drafting',
  'plan_review',
  'plan_approval',
  'action_plan_approval',
  'project_readiness',
  'budget_request',
  'procurement',
  'disbursement',
  'carry_over',
  'asset_transfer',
  'committee_meeting',
  'programme_reporting',
  'training',
] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

export const WORKFLOW_STEP_LABELS: Record<WorkflowStep, Bilingual> = {
  need_screening: { th: 'การกลั่นกรองความต้องการ', en: 'Need screening' },
  plan_drafting: { th: 'การจัดทำแผนพัฒนาจังหวัด/กลุ่มจังหวัด', en: 'Drafting the development plan' },
  plan_review: { th: 'การทบทวนแผนพัฒนา', en: 'Plan review' },
  plan_approval: { th: 'การเสนอและอนุมัติแผนพัฒนา', en: 'Plan approval' },
  action_plan_approval: { th: 'การอนุมัติแผนปฏิบัติราชการประจำปี', en: 'Annual action plan approval' },
  project_readiness: { th: 'การตรวจความพร้อมของโครงการ', en: 'Project readiness check' },
  budget_request: { th: 'การเสนอคำของบประมาณ', en: 'Budget request' },
  procurement: { th: 'การจัดซื้อจัดจ้าง', en: 'Procurement' },
  disbursement: { th: 'การเบิกจ่ายงบประมาณ', en: 'Disbursement' },
  carry_over: { th: 'การกันเงินไว้เบิกเหลื่อมปี', en: 'Carry-over' },
  asset_transfer: { th: 'การโอนทรัพย์สิน', en: 'Asset transfer' },
  committee_meeting: { th: 'การประชุมคณะกรรมการ', en: 'Committee meetings' },
  programme_reporting: { th: 'การรายงานโครงการสำคัญ', en: 'Special programme reporting' },
  training: { th: 'การพัฒนาบุคลากร', en: 'Personnel development' },
};

/** What a citation points at: a workflow step, or an eligibility rule by its key. */
export const CITATION_TARGET_KINDS = ['step', 'rule'] as const;
export type CitationTargetKind = (typeof CITATION_TARGET_KINDS)[number];
