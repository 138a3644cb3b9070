import { bahtToSatang, satangToBahtString } from '../../../../domain/thai/index.js';
import type { ItemNode } from '../../../../domain/plans/tree.js';

/** Stored satang strings as the baht text the inputs show, by fiscal year. */
export function budgetsToBaht(budgets: ItemNode['budgets']): Record<number, string> {
  return Object.fromEntries(
    budgets.map((budget) => [budget.fiscalYear, satangToBahtString(BigInt(budget.amountSatang))]),
  );
}

/** Satang of a typed baht amount, or null when the text is empty or not an amount. */
export function satangOf(text: string | null | undefined): bigint | null {
  if (text === null || text === undefined || text.trim() === '') {
    return null;
  }
  try {
    return bahtToSatang(text);
  } catch {
    return null;
  }
}

/** The yearly estimates as the API takes them: satang as decimal strings; empty years left out. */
export function bahtToBudgets(
  values: Record<number, string | null | undefined>,
): { fiscalYear: number; amountSatang: string }[] {
  return Object.entries(values)
    .map(([year, text]) => ({ fiscalYear: Number(year), satang: satangOf(text) }))
    .filter((entry): entry is { fiscalYear: number; satang: bigint } => entry.satang !== null)
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((entry) => ({ fiscalYear: entry.fiscalYear, amountSatang: entry.satang.toString() }));
}

/** Order-insensitive identity of a budget list. */
export function budgetsSignature(budgets: readonly { fiscalYear: number; amountSatang: string }[]): string {
  return budgets
    .map((budget) => `${budget.fiscalYear}=${BigInt(budget.amountSatang).toString()}`)
    .sort()
    .join(';');
}
