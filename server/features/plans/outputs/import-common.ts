import { provinceCodeOf } from '../../../../domain/areas/area-code.js';
import type { PlanVersionTree } from '../tree.js';
import type { RowMessage } from '../../../../domain/plans/outputs/sheet-values.js';

/** What row checks need to know about the version being imported into. */
export type ImportContext = {
  tree: PlanVersionTree;
  years: readonly number[];
  knownAreas: ReadonlySet<string>;
};

/** The outcome of one sheet row: its problems (none = good) and the columns it changes. */
export type RowVerdict = { rowNumber: number; key: string; messages: RowMessage[]; changed: string[] };

/** Area-code problems shared by both sheets: unknown code, or outside the plan's provinces. */
export function areaProblem(code: string, field: string, context: ImportContext): RowMessage | null {
  if (!context.knownAreas.has(code)) {
    return { field, th: `ไม่พบพื้นที่รหัส ${code}`, en: `Unknown area code ${code}` };
  }
  if (!context.tree.planProvinceCodes.includes(provinceCodeOf(code))) {
    return { field, th: `พื้นที่ ${code} อยู่นอกพื้นที่ของแผน`, en: `Area ${code} is outside the plan's area` };
  }
  return null;
}

/** Every area code the rows mention in the given columns (split on commas and spaces), to look up at once. */
export function areaCodesInRows(
  rows: readonly { values: Record<string, string> }[],
  keys: readonly string[],
): string[] {
  return [
    ...new Set(
      rows.flatMap((row) => keys.flatMap((key) => (row.values[key] ?? '').split(/[\s,]+/).filter(Boolean))),
    ),
  ];
}
