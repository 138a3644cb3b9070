/** Sums of a project's money, in satang; amounts travel as decimal strings. */
export function sumSatang(rows: readonly { amountSatang: string }[]): bigint {
  return rows.reduce((sum, row) => sum + BigInt(row.amountSatang), 0n);
}

/** What the multi-year schedule lacks (positive) or exceeds (negative) against the budget lines. */
export function scheduleGap(
  budgetLines: readonly { amountSatang: string }[],
  schedule: readonly { amountSatang: string }[],
): bigint {
  return sumSatang(budgetLines) - sumSatang(schedule);
}

/** The schedule must add up to the total of the budget lines before the project is requested. */
export function scheduleMatchesTotal(
  budgetLines: readonly { amountSatang: string }[],
  schedule: readonly { amountSatang: string }[],
): boolean {
  return schedule.length > 0 && scheduleGap(budgetLines, schedule) === 0n;
}
