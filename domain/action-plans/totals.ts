import { CEILING_CLASSES, ENTRY_CLASSES, type EntryClass } from './action-plan.js';

export type EntryMoney = { entryClass: EntryClass; amountSatang: bigint };
export type ClassTotal = { count: number; amountSatang: bigint };

export type ActionPlanTotals = {
  byClass: Record<EntryClass, ClassTotal>;
  /** Within-ceiling plus administration money: what the ceiling limits. */
  againstCeilingSatang: bigint;
  /** Null when no ceiling has been set for the fiscal year and budget unit. */
  ceilingSatang: bigint | null;
  /** Ceiling minus what counts against it; negative when over. */
  remainingSatang: bigint | null;
  overCeiling: boolean;
};

/** Live totals of an action plan against its ceiling (noted agency projects never count). */
export function actionPlanTotals(
  entries: readonly EntryMoney[],
  ceilingSatang: bigint | null,
): ActionPlanTotals {
  const byClass = Object.fromEntries(
    ENTRY_CLASSES.map((entryClass) => [entryClass, { count: 0, amountSatang: 0n }]),
  ) as Record<EntryClass, ClassTotal>;
  for (const entry of entries) {
    byClass[entry.entryClass].count += 1;
    byClass[entry.entryClass].amountSatang += entry.amountSatang;
  }
  const againstCeilingSatang = CEILING_CLASSES.reduce((sum, key) => sum + byClass[key].amountSatang, 0n);
  const remainingSatang = ceilingSatang === null ? null : ceilingSatang - againstCeilingSatang;
  return {
    byClass,
    againstCeilingSatang,
    ceilingSatang,
    remainingSatang,
    overCeiling: remainingSatang !== null && remainingSatang < 0n,
  };
}
