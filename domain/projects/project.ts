import type { Bilingual } from '../common/bilingual.js';

/** The project master record's fixed vocabularies, each with its Thai and English label. */
export const PROJECT_SCOPES = ['province', 'cluster'] as const;
export type ProjectScope = (typeof PROJECT_SCOPES)[number];

/** The main line of the lifecycle, in order, then the side states a project can leave it for. */
export const PROJECT_MAIN_STATUSES = [
  'idea',
  'proposal',
  'readiness_checked',
  'in_action_plan',
  'requested',
  'in_draft_bill',
  'allocated',
  'spending',
  'completed',
  'closed',
] as const;
export const PROJECT_SIDE_STATUSES = ['cut', 'deferred', 'carried_over', 'cancelled'] as const;
export const PROJECT_STATUSES = [...PROJECT_MAIN_STATUSES, ...PROJECT_SIDE_STATUSES] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_STATUS_LABELS: Record<ProjectStatus, Bilingual> = {
  idea: { th: 'แนวคิดโครงการ', en: 'Idea' },
  proposal: { th: 'ข้อเสนอโครงการ', en: 'Proposal' },
  readiness_checked: { th: 'ตรวจความพร้อมแล้ว', en: 'Readiness checked' },
  in_action_plan: { th: 'อยู่ในแผนปฏิบัติราชการประจำปี', en: 'In the action plan' },
  requested: { th: 'เสนอของบประมาณแล้ว', en: 'Requested' },
  in_draft_bill: { th: 'อยู่ในร่าง พ.ร.บ. งบประมาณ', en: 'In the draft budget bill' },
  allocated: { th: 'ได้รับจัดสรรงบประมาณ', en: 'Allocated' },
  spending: { th: 'อยู่ระหว่างดำเนินการ/เบิกจ่าย', en: 'Spending' },
  completed: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' },
  closed: { th: 'ปิดโครงการ', en: 'Closed' },
  cut: { th: 'ถูกปรับลดงบประมาณ', en: 'Cut' },
  deferred: { th: 'เลื่อนไปปีถัดไป', en: 'Deferred' },
  carried_over: { th: 'กันเงินไว้เบิกเหลื่อมปี', en: 'Carried over' },
  cancelled: { th: 'ยกเลิก', en: 'Cancelled' },
};

export const BUDGET_TYPES = ['operating', 'investment', 'other', 'subsidy'] as const;
export type BudgetType = (typeof BUDGET_TYPES)[number];
export const BUDGET_TYPE_LABELS: Record<BudgetType, Bilingual> = {
  operating: { th: 'งบดำเนินงาน', en: 'Operating' },
  investment: { th: 'งบลงทุน', en: 'Investment' },
  other: { th: 'งบรายจ่ายอื่น', en: 'Other expenditure' },
  subsidy: { th: 'งบอุดหนุน', en: 'Subsidy' },
};

/** Expenditure categories; the yearly negative list (eligibility rules) names these codes. */
export const PROJECT_CATEGORIES = [
  'equipment',
  'construction',
  'land',
  'training',
  'study',
  'promotion',
  'vehicle',
  'other',
] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
export const PROJECT_CATEGORY_LABELS: Record<ProjectCategory, Bilingual> = {
  equipment: { th: 'ครุภัณฑ์', en: 'Equipment' },
  construction: { th: 'สิ่งก่อสร้าง', en: 'Construction' },
  land: { th: 'ที่ดิน', en: 'Land' },
  training: { th: 'ฝึกอบรม/สัมมนา/ศึกษาดูงาน', en: 'Training and study visits' },
  study: { th: 'ศึกษา/วิจัย/จ้างที่ปรึกษา', en: 'Studies and consultants' },
  promotion: { th: 'ส่งเสริม/ประชาสัมพันธ์/จัดงาน', en: 'Promotion and events' },
  vehicle: { th: 'ยานพาหนะ', en: 'Vehicles' },
  other: { th: 'อื่น ๆ', en: 'Other' },
};

/** The readiness checklist every project carries, in this order. */
export const READINESS_ITEMS = [
  'land',
  'design_estimate',
  'permits',
  'receiver_commitment',
  'procurement_ready',
] as const;
export type ReadinessItem = (typeof READINESS_ITEMS)[number];
export const READINESS_ITEM_LABELS: Record<ReadinessItem, Bilingual> = {
  land: { th: 'ที่ดินหรือสิทธิการใช้พื้นที่', en: 'Land or permission to use it' },
  design_estimate: {
    th: 'แบบรูปรายการและประมาณราคา (ปร.4/ปร.5)',
    en: 'Design and price estimate (ปร.4/ปร.5)',
  },
  permits: { th: 'ใบอนุญาต/EIA (ถ้ามี)', en: 'Permits / EIA where needed' },
  receiver_commitment: { th: 'หนังสือยืนยันรับมอบและดูแลบำรุงรักษา', en: 'Receiver commitment to maintain' },
  procurement_ready: { th: 'พร้อมจัดซื้อจัดจ้างได้ภายในปี', en: 'Ready to procure within the year' },
};

export const READINESS_STATUSES = ['pending', 'in_progress', 'ready', 'not_applicable'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];
export const READINESS_STATUS_LABELS: Record<ReadinessStatus, Bilingual> = {
  pending: { th: 'ยังไม่ดำเนินการ', en: 'Pending' },
  in_progress: { th: 'อยู่ระหว่างดำเนินการ', en: 'In progress' },
  ready: { th: 'พร้อม', en: 'Ready' },
  not_applicable: { th: 'ไม่ต้องมี', en: 'Not applicable' },
};

export const OUTPUT_KINDS = ['output', 'outcome'] as const;
export type OutputKind = (typeof OUTPUT_KINDS)[number];

/** The budget unit that owns a project's code series: the province (P30) or the cluster (C8). */
export function budgetUnitOf(scope: ProjectScope, provinceCode: string, clusterId: number | null): string {
  return scope === 'cluster' ? `C${clusterId ?? 0}` : `P${provinceCode}`;
}

/** A generated project code: budget unit, fiscal year and a running number (P30-2569-0007). */
export function projectCodeOf(budgetUnit: string, fiscalYear: number, runningNo: number): string {
  return `${budgetUnit}-${fiscalYear}-${String(runningNo).padStart(4, '0')}`;
}
