import type { IssueNode, ItemBudgetView } from '../tree.js';

/** Amounts in satang per fiscal year of the period (in order) and their sum. */
export type YearAmounts = { perYear: bigint[]; total: bigint };

/** An item's budget per year of the period; years outside the period are not shown nor summed. */
export function itemAmounts(budgets: readonly ItemBudgetView[], years: readonly number[]): YearAmounts {
  const byYear = new Map(budgets.map((budget) => [budget.fiscalYear, BigInt(budget.amountSatang)]));
  const perYear = years.map((year) => byYear.get(year) ?? 0n);
  return { perYear, total: perYear.reduce((sum, amount) => sum + amount, 0n) };
}

/** Column-wise sum of several amounts. */
export function sumAmounts(list: readonly YearAmounts[], years: readonly number[]): YearAmounts {
  const perYear = years.map((_, index) =>
    list.reduce((sum, amounts) => sum + (amounts.perYear[index] ?? 0n), 0n),
  );
  return { perYear, total: perYear.reduce((sum, amount) => sum + amount, 0n) };
}

export type BudgetApproach = IssueNode['approaches'][number];
export type BudgetItem = BudgetApproach['items'][number];

export type BudgetBreakdown = {
  issues: {
    issue: IssueNode;
    approaches: {
      approach: BudgetApproach;
      items: { item: BudgetItem; amounts: YearAmounts }[];
      amounts: YearAmounts;
    }[];
    amounts: YearAmounts;
  }[];
  amounts: YearAmounts;
};

/** Budgets of every item, approach and issue of a version, and the grand total. */
export function budgetBreakdown(issues: readonly IssueNode[], years: readonly number[]): BudgetBreakdown {
  const issueRows = issues.map((issue) => {
    const approaches = issue.approaches.map((approach) => {
      const items = approach.items.map((item) => ({ item, amounts: itemAmounts(item.budgets, years) }));
      return {
        approach,
        items,
        amounts: sumAmounts(
          items.map((row) => row.amounts),
          years,
        ),
      };
    });
    return {
      issue,
      approaches,
      amounts: sumAmounts(
        approaches.map((row) => row.amounts),
        years,
      ),
    };
  });
  return {
    issues: issueRows,
    amounts: sumAmounts(
      issueRows.map((row) => row.amounts),
      years,
    ),
  };
}
