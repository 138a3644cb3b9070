import type { Bilingual } from '../common/bilingual.js';
import type { StageSummaryRow } from './stage-responses.js';
import { BUDGET_STAGES, type BudgetStage } from './stages.js';

/** One roll-up cell: a group's projects, amount and cut at one stage. */
export type SummaryCell = {
  key: string;
  stage: BudgetStage;
  projects: number;
  amountSatang: bigint;
  cutSatang: bigint;
};

type Sums = { projects: number; amount: bigint; cut: bigint };

function rowOf(key: string, label: Bilingual, sums: Map<BudgetStage, Sums>): StageSummaryRow {
  const at = (stage: BudgetStage) => sums.get(stage) ?? { projects: 0, amount: 0n, cut: 0n };
  const each = <T>(pick: (value: Sums) => T) =>
    Object.fromEntries(BUDGET_STAGES.map((stage) => [stage, pick(at(stage))])) as Record<BudgetStage, T>;
  return {
    key,
    label,
    projects: each((value) => value.projects),
    amountSatang: each((value) => String(value.amount)),
    cutSatang: each((value) => String(value.cut)),
  };
}

function add(target: Map<BudgetStage, Sums>, cell: SummaryCell) {
  const current = target.get(cell.stage) ?? { projects: 0, amount: 0n, cut: 0n };
  target.set(cell.stage, {
    projects: current.projects + cell.projects,
    amount: current.amount + cell.amountSatang,
    cut: current.cut + cell.cutSatang,
  });
}

/**
 * Pivots roll-up cells into one row per group with every stage, rows in descending request amount
 * (then key), plus the total row.
 */
export function summariseStages(
  cells: readonly SummaryCell[],
  labelOf: (key: string) => Bilingual,
  totalLabel: Bilingual,
): { rows: StageSummaryRow[]; total: StageSummaryRow } {
  const groups = new Map<string, Map<BudgetStage, Sums>>();
  const total = new Map<BudgetStage, Sums>();
  for (const cell of cells) {
    const group = groups.get(cell.key) ?? new Map<BudgetStage, Sums>();
    groups.set(cell.key, group);
    add(group, cell);
    add(total, cell);
  }
  const requested = (sums: Map<BudgetStage, Sums>) => sums.get('request')?.amount ?? 0n;
  const rows = [...groups.entries()]
    .sort(([keyA, a], [keyB, b]) => {
      const difference = requested(b) - requested(a);
      return difference === 0n ? keyA.localeCompare(keyB) : difference > 0n ? 1 : -1;
    })
    .map(([key, sums]) => rowOf(key, labelOf(key), sums));
  return { rows, total: rowOf('total', totalLabel, total) };
}
