import type { FieldProblem } from '../common/control-characters.js';

/** An extract row paying carried-over money (funds = carry_over), matched to its project. */
export type CarryOverPayment = {
  rowNumber: number;
  projectId: string;
  fiscalMonth: number;
  disbursedSatang: bigint;
};

/**
 * What a project may still pay from last year's carry-over: the amount carried (null when nothing
 * was carried over) and what it paid this year in months the file does not replace.
 */
export type CarryOverBalance = { carriedSatang: bigint | null; paidOtherMonthsSatang: bigint };

/**
 * The carry-over limit for an import: a project can pay carried-over money only if some was carried
 * into the year, and never more than was carried. The file's payments are added month by month; the
 * row that goes over is refused, naming what was left. Rows of projects in good standing pass.
 */
export function carryOverLimitProblems(
  payments: readonly CarryOverPayment[],
  balances: ReadonlyMap<string, CarryOverBalance>,
): Map<number, FieldProblem[]> {
  const problems = new Map<number, FieldProblem[]>();
  const paid = new Map<string, bigint>();
  const ordered = [...payments].sort((a, b) => a.fiscalMonth - b.fiscalMonth || a.rowNumber - b.rowNumber);
  for (const payment of ordered) {
    const balance = balances.get(payment.projectId);
    if (!balance || balance.carriedSatang === null) {
      problems.set(payment.rowNumber, [
        {
          field: 'funds',
          th: 'โครงการนี้ไม่มีเงินกันไว้เบิกเหลื่อมปีจากปีก่อน',
          en: 'This project has no money carried over from last year',
        },
      ]);
      continue;
    }
    const before = paid.get(payment.projectId) ?? balance.paidOtherMonthsSatang;
    const after = before + payment.disbursedSatang;
    if (after > balance.carriedSatang) {
      const left = balance.carriedSatang > before ? balance.carriedSatang - before : 0n;
      problems.set(payment.rowNumber, [
        {
          field: 'disbursed',
          th: `เบิกจ่ายเงินกันเหลื่อมปีเกินวงเงินที่กันไว้ (คงเหลือ ${left} สตางค์)`,
          en: `Carried-over disbursement exceeds the amount carried over (${left} satang left)`,
        },
      ]);
      continue;
    }
    paid.set(payment.projectId, after);
  }
  return problems;
}
