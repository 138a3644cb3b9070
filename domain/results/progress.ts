import type { Bilingual } from '../common/bilingual.js';

/** A project's physical progress in a quarter of a fiscal year, as reported by its agency. */
export const PROGRESS_STATUSES = ['on_track', 'delayed', 'at_risk', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, Bilingual> = {
  on_track: { th: 'เป็นไปตามแผน', en: 'On track' },
  delayed: { th: 'ล่าช้ากว่าแผน', en: 'Delayed' },
  at_risk: { th: 'มีความเสี่ยงไม่แล้วเสร็จ', en: 'At risk' },
  completed: { th: 'ดำเนินการแล้วเสร็จ', en: 'Completed' },
};

export const QUARTERS = [1, 2, 3, 4] as const;

export type ProgressPoint = {
  fiscalYear: number;
  quarter: number;
  physicalPercent: number;
  status: ProgressStatus;
  /** Why progress went down since the report before it (a re-survey, damage, a contract change). */
  declineReason: string | null;
};

/** Reports in time order: fiscal year, then quarter. */
export const periodOrder = (point: { fiscalYear: number; quarter: number }): number =>
  point.fiscalYear * 10 + point.quarter;

/**
 * Why a report cannot stand beside the project's other reports, or null. Physical progress is
 * cumulative: it may only fall with a stated reason, and a later report already on file may not
 * fall below the new one unless that later report gave its reason. "Completed" means 100 %, and
 * 100 % is reported as completed.
 */
export function progressProblem(report: ProgressPoint, others: readonly ProgressPoint[]): Bilingual | null {
  if (report.status === 'completed' && report.physicalPercent !== 100) {
    return {
      th: 'สถานะ "แล้วเสร็จ" ต้องมีความก้าวหน้าทางกายภาพ 100%',
      en: 'A "completed" report needs 100 % physical progress',
    };
  }
  if (report.physicalPercent === 100 && report.status !== 'completed') {
    return {
      th: 'ความก้าวหน้า 100% ให้รายงานสถานะ "แล้วเสร็จ"',
      en: 'Report 100 % physical progress as "completed"',
    };
  }
  const at = periodOrder(report);
  const rest = others.filter((other) => periodOrder(other) !== at);
  const before = rest.filter((other) => periodOrder(other) < at).sort(byPeriodDesc)[0];
  const after = rest.filter((other) => periodOrder(other) > at).sort(byPeriodAsc)[0];
  if (before && report.physicalPercent < before.physicalPercent && !report.declineReason) {
    return {
      th: `ความก้าวหน้าลดลงจาก ${before.physicalPercent}% (ไตรมาส ${before.quarter}/${before.fiscalYear}) ต้องระบุเหตุผล`,
      en: `Progress falls from ${before.physicalPercent} % (Q${before.quarter} FY${before.fiscalYear}); give the reason`,
    };
  }
  if (after && after.physicalPercent < report.physicalPercent && !after.declineReason) {
    return {
      th: `รายงานไตรมาส ${after.quarter}/${after.fiscalYear} มีความก้าวหน้า ${after.physicalPercent}% ซึ่งต่ำกว่านี้`,
      en: `The Q${after.quarter} FY${after.fiscalYear} report already says ${after.physicalPercent} %, less than this`,
    };
  }
  return null;
}

const byPeriodAsc = (a: ProgressPoint, b: ProgressPoint) => periodOrder(a) - periodOrder(b);
const byPeriodDesc = (a: ProgressPoint, b: ProgressPoint) => periodOrder(b) - periodOrder(a);

/** Project statuses that have money to show for (allocated or later), so results may be reported. */
export const REPORTABLE_PROJECT_STATUSES = [
  'allocated',
  'spending',
  'completed',
  'closed',
  'carried_over',
] as const;
