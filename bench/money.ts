// The bench's money screens: the projects list, budget-stage summaries, the spending roll-up and the
// similar-project hint, each API figure beside the raw SQL of the same result where there is one.
import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../domain/auth/policy.js';
import { selectRows, type Database } from '../server/platform/db/client.js';
import { inActorTransaction } from '../server/platform/db/transaction.js';
import type { BenchClient } from './app-context.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { time, timePair, type Row } from './measure.js';

export type BenchReader = { client: BenchClient; actor: Actor };
const YEAR = 2569;

/** The statements' rows read as the actor under row-level security, in one transaction like the API. */
export const rawAs =
  (database: Database, actor: Actor, ...queries: SQL[]) =>
  () =>
    inActorTransaction(database, actor, async (tx) => {
      const results: unknown[][] = [];
      for (const query of queries) {
        results.push(await selectRows(tx, query));
      }
      return results;
    });

export const projectPage = sql`select * from projects order by fiscal_year desc, code limit 51`;
export const projectTotals = sql`select coalesce(sum(projects), 0)::int, coalesce(sum(total_satang), 0)::text from project_rollups`;
const stageCells = (kind: string, province: string | null) =>
  sql`select key, stage, sum(projects)::int, sum(amount_satang)::text, sum(cut_satang)::text from budget_stage_rollups
    where ${province ? sql`province_code = ${province} and` : sql``} fiscal_year = ${YEAR} and kind = ${kind} group by 1, 2`;
const spendingCells = (province: string | null) =>
  sql`select fiscal_month, spending_class, funds, sum(planned_satang)::text, sum(committed_satang)::text,
    sum(disbursed_satang)::text from spending_rollups
    where fiscal_year = ${YEAR} ${province ? sql`and province_code = ${province} and cluster_key = 0` : sql``}
    group by 1, 2, 3`;

export async function moneyRows(
  database: Database,
  planner: BenchReader,
  analyst: BenchReader,
  rounds: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  const paired: [string, BenchReader, string, SQL[]][] = [
    [
      'projects first page, province planner',
      planner,
      '/api/v1/projects?limit=50',
      [projectPage, projectTotals],
    ],
    [
      'projects first page, national analyst',
      analyst,
      '/api/v1/projects?limit=50',
      [projectPage, projectTotals],
    ],
    [
      'budget summary by budget type, analyst',
      analyst,
      `/api/v1/budget-summaries?fiscalYear=${YEAR}&by=budget_type`,
      [stageCells('budget_type', null)],
    ],
    [
      'budget summary by district, planner',
      planner,
      `/api/v1/budget-summaries?fiscalYear=${YEAR}&by=district&provinceCode=${BENCH_PROVINCE}`,
      [stageCells('district', BENCH_PROVINCE)],
    ],
    [
      'spending roll-up by month, national analyst',
      analyst,
      `/api/v1/spending/summary?fiscalYear=${YEAR}&level=national`,
      [spendingCells(null)],
    ],
    [
      'spending roll-up by month, province planner',
      planner,
      `/api/v1/spending/summary?fiscalYear=${YEAR}&level=province&code=${BENCH_PROVINCE}`,
      [spendingCells(BENCH_PROVINCE)],
    ],
  ];
  for (const [name, reader, path, queries] of paired) {
    const [api, counterpart] = await timePair(
      rounds,
      () => reader.client.get(path),
      rawAs(database, reader.actor, ...queries),
    );
    rows.push({ name, api, counterpart, goal: 50 });
  }
  const titles = ['ก่อสร้างถนนคอนกรีตเสริมเหล็ก', 'ขุดลอกคลองส่งน้ำ', 'ส่งเสริมอาชีพกลุ่มทอผ้า'];
  for (const [name, reader] of [
    ['similar-project hint while typing, planner', planner],
    ['similar-project hint while typing, analyst', analyst],
  ] as const) {
    rows.push({
      name,
      api: await time(rounds, (round) =>
        reader.client.get(
          `/api/v1/projects/similar?fiscalYear=${YEAR}&title=${encodeURIComponent(titles[Math.abs(round) % 3] ?? '')}`,
        ),
      ),
      goal: 100,
    });
  }
  return rows;
}
