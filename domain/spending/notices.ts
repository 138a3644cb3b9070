import type { NotificationInput } from '../notifications/notification.js';
import type { Warning } from './spending-response.js';
import { SPENDING_STATUS_LABELS, STATUS_REASON_LABELS } from './status.js';

/** Reasons the digest names: behind the cabinet target, and procurement overdue (no contract). */
const DIGEST_REASONS = ['behind_target', 'no_contract_after_cutoff'] as const;

/**
 * A notice of a project's warning. Its key carries the status and reasons, so a project that gets
 * worse (late → at risk, or a new reason) is announced again, and an unchanged one is not.
 */
export function warningNotice(warning: Warning, fiscalYear: number): NotificationInput {
  const status = SPENDING_STATUS_LABELS[warning.status];
  const reasons = warning.reasons.map((reason) => STATUS_REASON_LABELS[reason]);
  return {
    subjectKey: `spending:${fiscalYear}:${warning.projectId}:${warning.status}:${[...warning.reasons].sort().join('+')}`,
    kind: 'warning',
    provinceCode: warning.provinceCode,
    title: {
      th: `โครงการ${status.th}: ${warning.code} ${warning.title}`,
      en: `Project ${status.en.toLowerCase()}: ${warning.code} ${warning.title}`,
    },
    body: {
      th: `${reasons.map((reason) => reason.th).join('; ')} (เบิกจ่าย ${warning.actualPct}% จากแผน ${warning.planPct}%)`,
      en: `${reasons.map((reason) => reason.en).join('; ')} (disbursed ${warning.actualPct}% against a plan of ${warning.planPct}%)`,
    },
    link: '/spending',
  };
}

/**
 * One digest per province and day (Bangkok date, 'YYYY-MM-DD'): how many of its projects are behind
 * the cabinet target and how many have no contract after the cut-off; none when neither applies.
 */
export function provinceDigest(
  provinceCode: string,
  date: string,
  warnings: readonly Warning[],
): NotificationInput | null {
  const mine = warnings.filter((warning) => warning.provinceCode === provinceCode);
  const [behind, overdue] = DIGEST_REASONS.map(
    (reason) => mine.filter((warning) => warning.reasons.includes(reason)).length,
  );
  if (!behind && !overdue) {
    return null;
  }
  return {
    subjectKey: `spending-digest:${provinceCode}:${date}`,
    kind: 'daily_digest',
    provinceCode,
    title: { th: 'สรุปประจำวัน: การเบิกจ่ายที่ต้องเร่งรัด', en: 'Daily digest: spending to accelerate' },
    body: {
      th: `ต่ำกว่าเป้าหมาย ครม. ${behind ?? 0} โครงการ; ยังไม่ลงนามสัญญาเมื่อพ้นกำหนด ${overdue ?? 0} โครงการ`,
      en: `${behind ?? 0} below the cabinet target; ${overdue ?? 0} without a contract after the cut-off`,
    },
    link: '/spending',
  };
}
