import type { Bilingual } from '../common/bilingual.js';
import { PROJECT_STATUS_LABELS, type ProjectStatus } from './project.js';

/** Every move a project can make through its lifecycle. */
export const PROJECT_TRANSITIONS = [
  'propose',
  'check_readiness',
  'add_to_action_plan',
  'remove_from_action_plan',
  'request',
  'include_in_draft_bill',
  'allocate',
  'start_spending',
  'complete',
  'close',
  'cut',
  'defer',
  'resume',
  'carry_over',
  'resume_carried_over',
  'cancel',
] as const;
export type ProjectTransition = (typeof PROJECT_TRANSITIONS)[number];

type Rule = { from: readonly ProjectStatus[]; to: ProjectStatus; label: Bilingual; reasonRequired: boolean };

const BEFORE_BILL: readonly ProjectStatus[] = [
  'proposal',
  'readiness_checked',
  'in_action_plan',
  'requested',
];

/** The lifecycle as data: from which statuses each move may start and where it ends. */
export const PROJECT_TRANSITION_RULES: Record<ProjectTransition, Rule> = {
  propose: {
    from: ['idea'],
    to: 'proposal',
    label: { th: 'เสนอโครงการ', en: 'propose' },
    reasonRequired: false,
  },
  check_readiness: {
    from: ['proposal'],
    to: 'readiness_checked',
    label: { th: 'ยืนยันผลตรวจความพร้อม', en: 'confirm readiness of' },
    reasonRequired: false,
  },
  add_to_action_plan: {
    from: ['readiness_checked'],
    to: 'in_action_plan',
    label: { th: 'บรรจุในแผนปฏิบัติราชการ', en: 'add to the action plan' },
    reasonRequired: false,
  },
  remove_from_action_plan: {
    from: ['in_action_plan'],
    to: 'readiness_checked',
    label: { th: 'นำออกจากแผนปฏิบัติราชการ', en: 'remove from the action plan' },
    reasonRequired: true,
  },
  request: {
    from: ['in_action_plan'],
    to: 'requested',
    label: { th: 'เสนอของบประมาณ', en: 'request budget for' },
    reasonRequired: false,
  },
  include_in_draft_bill: {
    from: ['requested'],
    to: 'in_draft_bill',
    label: { th: 'บรรจุในร่าง พ.ร.บ.', en: 'include in the draft bill' },
    reasonRequired: false,
  },
  allocate: {
    from: ['in_draft_bill'],
    to: 'allocated',
    label: { th: 'บันทึกการได้รับจัดสรร', en: 'allocate' },
    reasonRequired: false,
  },
  start_spending: {
    from: ['allocated'],
    to: 'spending',
    label: { th: 'เริ่มดำเนินการ', en: 'start spending on' },
    reasonRequired: false,
  },
  complete: {
    from: ['allocated', 'spending'],
    to: 'completed',
    label: { th: 'บันทึกแล้วเสร็จ', en: 'complete' },
    reasonRequired: false,
  },
  close: {
    from: ['completed'],
    to: 'closed',
    label: { th: 'ปิดโครงการ', en: 'close' },
    reasonRequired: false,
  },
  cut: {
    from: ['requested', 'in_draft_bill'],
    to: 'cut',
    label: { th: 'บันทึกถูกตัดงบประมาณ', en: 'cut' },
    reasonRequired: true,
  },
  defer: {
    from: BEFORE_BILL,
    to: 'deferred',
    label: { th: 'เลื่อนโครงการ', en: 'defer' },
    reasonRequired: true,
  },
  resume: {
    from: ['deferred', 'cut'],
    to: 'proposal',
    label: { th: 'นำกลับมาเสนอใหม่', en: 'resume' },
    reasonRequired: true,
  },
  carry_over: {
    from: ['allocated', 'spending'],
    to: 'carried_over',
    label: { th: 'กันเงินเหลื่อมปี', en: 'carry over' },
    reasonRequired: true,
  },
  resume_carried_over: {
    from: ['carried_over'],
    to: 'spending',
    label: { th: 'ดำเนินการต่อจากเงินกันเหลื่อมปี', en: 'resume spending on' },
    reasonRequired: false,
  },
  cancel: {
    from: ['idea', ...BEFORE_BILL, 'in_draft_bill', 'deferred', 'cut'],
    to: 'cancelled',
    label: { th: 'ยกเลิกโครงการ', en: 'cancel' },
    reasonRequired: true,
  },
};

export type ProjectTransitionVerdict =
  { allowed: true; to: ProjectStatus } | { allowed: false; message: Bilingual };

/** The status a project moves to, or why the move is not allowed from its current status. */
export function decideProjectTransition(
  from: ProjectStatus,
  transition: ProjectTransition,
): ProjectTransitionVerdict {
  const rule = PROJECT_TRANSITION_RULES[transition];
  if (rule.from.includes(from)) {
    return { allowed: true, to: rule.to };
  }
  const status = PROJECT_STATUS_LABELS[from];
  return {
    allowed: false,
    message: {
      th: `ไม่สามารถ${rule.label.th}ที่มีสถานะ "${status.th}" ได้`,
      en: `Cannot ${rule.label.en} a project whose status is "${status.en.toLowerCase()}"`,
    },
  };
}

/** Moves allowed from a status, for the UI to offer. */
export function availableProjectTransitions(from: ProjectStatus): ProjectTransition[] {
  return PROJECT_TRANSITIONS.filter((transition) => PROJECT_TRANSITION_RULES[transition].from.includes(from));
}

export function projectReasonRequired(transition: ProjectTransition): boolean {
  return PROJECT_TRANSITION_RULES[transition].reasonRequired;
}

/** A move as a button says it: the Thai label, or the English verb capitalised with its object. */
export function projectTransitionButton(transition: ProjectTransition): Bilingual {
  const { th, en } = PROJECT_TRANSITION_RULES[transition].label;
  const sentence = `${en.charAt(0).toUpperCase()}${en.slice(1)}`;
  return { th, en: / (of|for|on)$/.test(en) ? `${sentence} this project` : sentence };
}

/** Statuses in which the money has been allocated: changing budget lines needs an approved change request. */
const BUDGET_LOCKED: readonly ProjectStatus[] = [
  'allocated',
  'spending',
  'completed',
  'closed',
  'carried_over',
];

export function isBudgetLocked(status: ProjectStatus): boolean {
  return BUDGET_LOCKED.includes(status);
}

/** Statuses in which nothing may change any more. */
export function isProjectFinal(status: ProjectStatus): boolean {
  return status === 'closed' || status === 'cancelled';
}

export const BUDGET_LOCKED_MESSAGE: Bilingual = {
  th: 'โครงการได้รับจัดสรรงบประมาณแล้ว การเปลี่ยนแปลงรายการงบประมาณต้องมีคำขอเปลี่ยนแปลงที่ได้รับอนุมัติ (ยังไม่เปิดให้ใช้)',
  en: 'The project is allocated: changing its budget lines needs an approved change request (not available yet)',
};
