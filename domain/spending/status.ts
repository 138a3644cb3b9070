import type { Bilingual } from '../common/bilingual.js';

export const SPENDING_STATUSES = ['on_track', 'late', 'at_risk'] as const;
export type SpendingStatus = (typeof SPENDING_STATUSES)[number];
export const STATUS_REASONS = [
  'no_contract_after_cutoff',
  'far_behind_plan',
  'behind_plan',
  'behind_target',
  'forecast_below_target',
] as const;
export type StatusReason = (typeof STATUS_REASONS)[number];

export const SPENDING_STATUS_LABELS: Record<SpendingStatus, Bilingual> = {
  on_track: { th: 'เป็นไปตามแผน', en: 'On track' },
  late: { th: 'ล่าช้า', en: 'Late' },
  at_risk: { th: 'เสี่ยง', en: 'At risk' },
};
export const STATUS_REASON_LABELS: Record<StatusReason, Bilingual> = {
  no_contract_after_cutoff: {
    th: 'ยังไม่ลงนามสัญญาเมื่อพ้นกำหนดก่อหนี้ผูกพัน',
    en: 'No contract after the commitment cut-off',
  },
  far_behind_plan: { th: 'เบิกจ่ายต่ำกว่าแผนเกิน 15 จุด', en: 'Disbursed more than 15 points behind plan' },
  behind_plan: { th: 'เบิกจ่ายต่ำกว่าแผนเกิน 5 จุด', en: 'Disbursed more than 5 points behind plan' },
  behind_target: {
    th: 'เบิกจ่ายต่ำกว่าเป้าหมายสะสมของ ครม.',
    en: 'Disbursed below the cabinet cumulative target',
  },
  forecast_below_target: { th: 'คาดการณ์สิ้นปีต่ำกว่าเป้าหมาย', en: 'Year-end forecast below target' },
};

/** Points behind plan beyond which a project is late, and at risk. */
export const LATE_GAP_POINTS = 5;
export const AT_RISK_GAP_POINTS = 15;
const AT_RISK_REASONS: readonly StatusReason[] = ['no_contract_after_cutoff', 'far_behind_plan'];

export type StatusInput = {
  /** 'YYYY-MM-DD' (CE): the end of the last reported month. */
  asOfDate: string;
  commitmentCutoff: string | null;
  contractSignedDate: string | null;
  planPct: number;
  actualPct: number;
  targetPct: number | null;
  forecastPct: number;
  yearEndTargetPct: number | null;
};

/**
 * A project's spending status by stated rules. At risk: no contract signed once the commitment
 * cut-off has passed, or disbursement more than 15 points behind its plan. Late: more than 5 points
 * behind plan, below the cabinet's cumulative target, or a year-end forecast below the year-end
 * target. Otherwise on track. Every rule that applies is given as a reason.
 */
export function spendingStatus(input: StatusInput): { status: SpendingStatus; reasons: StatusReason[] } {
  const gap = input.planPct - input.actualPct;
  const reasons: StatusReason[] = [];
  if (
    input.commitmentCutoff !== null &&
    input.asOfDate > input.commitmentCutoff &&
    input.contractSignedDate === null
  ) {
    reasons.push('no_contract_after_cutoff');
  }
  if (gap > AT_RISK_GAP_POINTS) {
    reasons.push('far_behind_plan');
  } else if (gap > LATE_GAP_POINTS) {
    reasons.push('behind_plan');
  }
  if (input.targetPct !== null && input.actualPct < input.targetPct) {
    reasons.push('behind_target');
  }
  if (input.yearEndTargetPct !== null && input.forecastPct < input.yearEndTargetPct) {
    reasons.push('forecast_below_target');
  }
  const status: SpendingStatus = reasons.some((reason) => AT_RISK_REASONS.includes(reason))
    ? 'at_risk'
    : reasons.length > 0
      ? 'late'
      : 'on_track';
  return { status, reasons };
}
