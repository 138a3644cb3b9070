import { bahtText } from '../thai/baht-text.js';
import { areaAmounts, type ShareOf, UNSPLIT_AREA_KEY } from './pack-split.js';

/** A value a project is grouped by: its key, the label a reader sees and its place in the table. */
export type PackGroup = { key: string; label: string; order: number };

/** What the summary tables need of one project: its groups and the stage amount shown. */
export type PackSummaryProject = {
  id: string;
  /** The plan's development issue; null when the project is not linked (its own row, last). */
  issue: PackGroup | null;
  budgetType: PackGroup;
  agency: PackGroup;
  /** Provinces with their share of the money in basis points (null when not split). */
  provinces: readonly (ShareOf & { label: string })[];
  amountSatang: bigint;
};

/** A row of a summary table: how many projects, the money per budget type (in column order), the sum. */
export type PackSummaryRow = {
  key: string;
  label: string;
  projectCount: number;
  byBudgetType: bigint[];
  total: bigint;
  /** Share of the grand total in per cent with 2 decimals, rounded half up ("12.35"). */
  percent: string;
};

export type PackSummaryTable = { rows: PackSummaryRow[]; totals: PackSummaryRow };

export type PackSummary = {
  budgetTypes: PackGroup[];
  byIssue: PackSummaryTable;
  byBudgetType: PackSummaryTable;
  byAgency: PackSummaryTable;
  byArea: PackSummaryTable;
  projectCount: number;
  grandTotal: bigint;
  grandTotalText: string;
};

export const NO_ISSUE: PackGroup = {
  key: '*none',
  label: 'ไม่ระบุประเด็นการพัฒนา',
  order: Number.MAX_SAFE_INTEGER,
};
export const UNSPLIT_AREA: PackGroup = {
  key: UNSPLIT_AREA_KEY,
  label: 'หลายจังหวัด (ไม่ได้แบ่งสัดส่วน)',
  order: Number.MAX_SAFE_INTEGER,
};

/** Per cent of a whole with 2 decimals, rounded half up, from exact satang. */
export function percentOf(part: bigint, whole: bigint): string {
  if (whole === 0n) {
    return '0.00';
  }
  const hundredths = (part * 20_000n + whole) / (2n * whole);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')}`;
}

type Contribution = { group: PackGroup; project: PackSummaryProject; amount: bigint };

function table(
  contributions: Contribution[],
  budgetTypes: PackGroup[],
  grandTotal: bigint,
): PackSummaryTable {
  const column = new Map(budgetTypes.map((type, index) => [type.key, index]));
  const rows = new Map<string, { group: PackGroup; ids: Set<string>; byBudgetType: bigint[] }>();
  for (const { group, project, amount } of contributions) {
    const row = rows.get(group.key) ?? { group, ids: new Set(), byBudgetType: budgetTypes.map(() => 0n) };
    const index = column.get(project.budgetType.key);
    if (index === undefined) {
      throw new RangeError(`Unknown budget type ${project.budgetType.key}`);
    }
    row.ids.add(project.id);
    row.byBudgetType[index] = (row.byBudgetType[index] ?? 0n) + amount;
    rows.set(group.key, row);
  }
  const sorted = [...rows.values()].sort(
    (a, b) => a.group.order - b.group.order || a.group.label.localeCompare(b.group.label, 'th'),
  );
  const present = (key: string, label: string, ids: Set<string>, byBudgetType: bigint[]) => {
    const total = byBudgetType.reduce((sum, amount) => sum + amount, 0n);
    return { key, label, projectCount: ids.size, byBudgetType, total, percent: percentOf(total, grandTotal) };
  };
  const allIds = new Set(contributions.map((entry) => entry.project.id));
  const columnTotals = budgetTypes.map((_, index) =>
    sorted.reduce((sum, row) => sum + (row.byBudgetType[index] ?? 0n), 0n),
  );
  return {
    rows: sorted.map((row) => present(row.group.key, row.group.label, row.ids, row.byBudgetType)),
    totals: present('*total', 'รวมทั้งสิ้น', allIds, columnTotals),
  };
}

/**
 * The pack's summary tables by development issue, budget type, agency and province, each with its
 * totals row, and the grand total in words. Amounts are exact satang; a project split across
 * provinces counts once in each province's row but once only in the totals row.
 */
export function buildPackSummary(
  projects: readonly PackSummaryProject[],
  budgetTypes: readonly PackGroup[],
): PackSummary {
  const types = [...budgetTypes].sort((a, b) => a.order - b.order);
  const grandTotal = projects.reduce((sum, project) => sum + project.amountSatang, 0n);
  const each = (groupOf: (project: PackSummaryProject) => PackGroup) =>
    projects.map((project) => ({ group: groupOf(project), project, amount: project.amountSatang }));
  const areaContributions = projects.flatMap((project) => {
    const labels = new Map(project.provinces.map((province) => [province.key, province.label]));
    return areaAmounts(project.amountSatang, project.provinces).map(({ key, amount }) => ({
      // Provinces in DOPA code order, as official tables list them.
      group:
        key === UNSPLIT_AREA_KEY
          ? UNSPLIT_AREA
          : { key, label: labels.get(key) ?? key, order: Number(key) || 0 },
      project,
      amount,
    }));
  });
  return {
    budgetTypes: types,
    byIssue: table(
      each((project) => project.issue ?? NO_ISSUE),
      types,
      grandTotal,
    ),
    byBudgetType: table(
      each((project) => project.budgetType),
      types,
      grandTotal,
    ),
    byAgency: table(
      each((project) => project.agency),
      types,
      grandTotal,
    ),
    byArea: table(areaContributions, types, grandTotal),
    projectCount: projects.length,
    grandTotal,
    grandTotalText: bahtText(grandTotal),
  };
}
