import { fromThaiDigits } from '../../../../domain/thai/digits.js';
import { decimalSchema, type TargetsInput } from '../../../../domain/plans/plan-children-input.js';
import type { KpiNode } from '../../../../domain/plans/tree.js';

/** One row of the KPI target grid: the plan's own area (null) or an area below it. */
export interface TargetRow {
  areaCode: string | null;
  values: Record<number, string>;
}

/** One target as PUT /plan-kpis/:id/targets takes it. */
type TargetInput = TargetsInput['targets'][number];

export const cellKey = (year: number, areaCode: string | null) => `${year}|${areaCode ?? ''}`;

/** The stored targets as grid rows; the plan-area row always comes first. */
export function targetsToRows(targets: KpiNode['targets']): TargetRow[] {
  const rows = new Map<string, TargetRow>([['', { areaCode: null, values: {} }]]);
  for (const target of targets) {
    const key = target.areaCode ?? '';
    const row = rows.get(key) ?? { areaCode: target.areaCode, values: {} };
    row.values[target.fiscalYear] = target.value;
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => (a.areaCode ?? '').localeCompare(b.areaCode ?? ''));
}

/** Typed text as the API reads a decimal: Thai digits and thousands commas allowed. */
export function cleanDecimal(text: string): string {
  return fromThaiDigits(text.trim()).replace(/,/g, '');
}

/** The filled cells as the API's target list; empty cells mean "no target". */
export function rowsToTargets(rows: readonly TargetRow[], years: readonly number[]): TargetInput[] {
  return rows.flatMap((row) =>
    years.flatMap((year) => {
      const value = cleanDecimal(row.values[year] ?? '');
      return value === '' ? [] : [{ fiscalYear: year, areaCode: row.areaCode, value }];
    }),
  );
}

/** Cells the API's decimal rule rejects, by cellKey. */
export function invalidCells(targets: readonly TargetInput[]): Set<string> {
  return new Set(
    targets
      .filter((target) => !decimalSchema.safeParse(target.value).success)
      .map((target) => cellKey(target.fiscalYear, target.areaCode)),
  );
}

/** Order-insensitive identity of a target list, to skip saving an unchanged grid. */
export function targetsSignature(
  targets: readonly { fiscalYear: number; areaCode: string | null; value: string }[],
): string {
  return targets
    .map((target) => `${cellKey(target.fiscalYear, target.areaCode)}=${Number(target.value)}`)
    .sort()
    .join(';');
}
