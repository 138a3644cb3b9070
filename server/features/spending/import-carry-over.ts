import { and, eq, inArray } from 'drizzle-orm';
import type { FieldProblem } from '../../../domain/common/control-characters.js';
import { carryOverLimitProblems, type CarryOverBalance } from '../../../domain/spending/carry-over-limit.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { ExtractRow } from '../../../domain/spending/import-row.js';
import type { Queryable } from '../../platform/db/client.js';
import { replacedBy } from './import-replaces.js';
import { carryOvers, spendingActuals } from './tables.js';

/** What the limit reads of a matched extract row (the matcher's rows are these and more). */
type CarryOverRow = {
  rowNumber: number;
  row: Pick<ExtractRow, 'funds' | 'fiscalYear' | 'fiscalMonth' | 'disbursedSatang'>;
  project: Pick<Project, 'id' | 'fiscalYear' | 'provinceCode'>;
};

/**
 * The rows paying carried-over money beyond what their project carried into the year (or with
 * nothing carried at all), each named with what was left. Already-paid carry-over counts only in
 * the months and funds the file does not replace, so importing a month again is judged fairly.
 */
export async function carryOverRowProblems(
  tx: Queryable,
  matched: readonly CarryOverRow[],
): Promise<Map<number, FieldProblem[]>> {
  const paying = matched.filter(({ row }) => row.funds === 'carry_over');
  if (paying.length === 0) {
    return new Map();
  }
  const projectsById = new Map(paying.map(({ project }) => [project.id, project]));
  const ids = [...projectsById.keys()];
  const carried = await tx.select().from(carryOvers).where(inArray(carryOvers.projectId, ids));
  const paid = await tx
    .select()
    .from(spendingActuals)
    .where(and(inArray(spendingActuals.projectId, ids), eq(spendingActuals.funds, 'carry_over')));
  const replaced = replacedBy(matched);
  const balances = new Map<string, CarryOverBalance>();
  for (const [id, project] of projectsById) {
    const into = project.fiscalYear + 1;
    const carriedRow = carried.find(
      (row) => row.projectId === id && row.fromFiscalYear === project.fiscalYear,
    );
    const paidOtherMonthsSatang = paid
      .filter((figure) => figure.projectId === id && figure.fiscalYear === into && !replaced(figure))
      .reduce((sum, figure) => sum + figure.disbursedSatang, 0n);
    balances.set(id, { carriedSatang: carriedRow?.amountSatang ?? null, paidOtherMonthsSatang });
  }
  return carryOverLimitProblems(
    paying.map(({ rowNumber, row, project }) => ({
      rowNumber,
      projectId: project.id,
      fiscalMonth: row.fiscalMonth,
      disbursedSatang: row.disbursedSatang,
    })),
    balances,
  );
}
