import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { StageSummary, StageSummaryQuery } from '../../../domain/budget/stage-responses.js';
import { summariseStages } from '../../../domain/budget/summary.js';
import { BUDGET_TYPE_LABELS, type BudgetType } from '../../../domain/projects/project.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { agencies } from '../agencies/tables.js';
import { areas } from '../areas/tables.js';
import { planIssues } from '../plans/child-tables.js';
import { budgetStageRollups } from './stage-tables.js';

const UNSPECIFIED: Bilingual = { th: 'ไม่ระบุ', en: 'Not specified' };
const KIND_OF = {
  budget_type: 'budget_type',
  plan_issue: 'plan_issue',
  agency: 'agency',
  province: 'total',
  district: 'district',
} as const;

/** Names of the groups a summary shows, looked up for the keys present only. */
async function labelsOf(tx: Queryable, by: StageSummaryQuery['by'], keys: string[]) {
  const ids = keys.filter((key) => key !== '-');
  const named = new Map<string, Bilingual>();
  if (by === 'budget_type') {
    ids.forEach((key) => named.set(key, BUDGET_TYPE_LABELS[key as BudgetType] ?? { th: key, en: key }));
  } else if (ids.length > 0 && by === 'plan_issue') {
    const rows = await tx
      .select({ id: planIssues.id, title: planIssues.title })
      .from(planIssues)
      .where(inArray(planIssues.id, ids));
    rows.forEach((row) => named.set(row.id, { th: row.title, en: row.title }));
  } else if (ids.length > 0 && by === 'agency') {
    const rows = await tx
      .select({ id: agencies.id, th: agencies.nameTh, en: agencies.nameEn })
      .from(agencies)
      .where(inArray(agencies.id, ids));
    rows.forEach((row) => named.set(row.id, { th: row.th, en: row.en ?? row.th }));
  } else if (ids.length > 0) {
    const rows = await tx
      .select({ code: areas.code, th: areas.nameTh, en: areas.nameEn })
      .from(areas)
      .where(inArray(areas.code, ids));
    rows.forEach((row) => named.set(row.code, { th: row.th, en: row.en ?? row.th }));
  }
  return (key: string) => named.get(key) ?? (key === '-' ? UNSPECIFIED : { th: key, en: key });
}

/** GET /budget-summaries: amounts, cuts and project counts per stage for one grouping, from the roll-ups. */
export async function stageSummary(
  deps: DatabaseDeps,
  actor: Actor,
  query: StageSummaryQuery,
): Promise<StageSummary> {
  authorize(actor, 'budget.read', query.provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const r = budgetStageRollups;
    const cells = await tx
      .select({
        key: r.key,
        stage: r.stage,
        projects: sql<number>`sum(${r.projects})::int`,
        amountSatang: sql<string>`sum(${r.amountSatang})::text`,
        cutSatang: sql<string>`sum(${r.cutSatang})::text`,
      })
      .from(r)
      .where(
        and(
          query.provinceCode === undefined ? undefined : eq(r.provinceCode, query.provinceCode),
          eq(r.fiscalYear, query.fiscalYear),
          eq(r.kind, KIND_OF[query.by]),
        ),
      )
      .groupBy(r.key, r.stage);
    const labelOf = await labelsOf(tx, query.by, [...new Set(cells.map((cell) => cell.key))]);
    const summary = summariseStages(
      cells.map((cell) => ({
        ...cell,
        amountSatang: BigInt(cell.amountSatang),
        cutSatang: BigInt(cell.cutSatang),
      })),
      labelOf,
      { th: 'รวมทั้งสิ้น', en: 'Total' },
    );
    return { fiscalYear: query.fiscalYear, by: query.by, ...summary };
  });
}
