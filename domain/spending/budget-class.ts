import type { Bilingual } from '../common/bilingual.js';
import type { BudgetType } from '../projects/project.js';

/** The cabinet's disbursement targets are set for all spending and for its two halves. */
export const TARGET_CLASSES = ['overall', 'current', 'capital'] as const;
export type TargetClass = (typeof TARGET_CLASSES)[number];
/** A project's money is either current (รายจ่ายประจำ) or capital (รายจ่ายลงทุน). */
export const SPENDING_CLASSES = ['current', 'capital'] as const;
export type SpendingClass = (typeof SPENDING_CLASSES)[number];

export const TARGET_CLASS_LABELS: Record<TargetClass, Bilingual> = {
  overall: { th: 'ภาพรวม', en: 'Overall' },
  current: { th: 'รายจ่ายประจำ', en: 'Current' },
  capital: { th: 'รายจ่ายลงทุน', en: 'Capital' },
};

/**
 * Investment (งบลงทุน) is capital spending; operating, subsidy and other expenditure count as
 * current, as the Comptroller General's reports split them.
 */
export function spendingClassOf(budgetType: BudgetType): SpendingClass {
  return budgetType === 'investment' ? 'capital' : 'current';
}
