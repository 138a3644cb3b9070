// The bench's asset register screens: the list (first page with its totals, a search) and the
// summary the map colours provinces by, each list figure beside the raw SQL of the same result.
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../server/platform/db/client.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { time, timePair, type Row } from './measure.js';
import { rawAs, type BenchReader } from './money.js';

export const assetPage = (where: SQL) => sql`select * from assets where ${where} order by code limit 51`;
export const assetTotals = (where: SQL) =>
  sql`select count(*)::int, coalesce(sum(value_satang), 0)::text from assets where ${where}`;

export async function assetRows(
  database: Database,
  planner: BenchReader,
  analyst: BenchReader,
  rounds: number,
): Promise<Row[]> {
  const rows: Row[] = [];
  const everything = sql`true`;
  const province = sql`province_code = ${BENCH_PROVINCE}`;
  const paired: [string, BenchReader, string, SQL][] = [
    ['asset register first page, province planner', planner, '/api/v1/assets?limit=50', everything],
    ['asset register first page, national analyst', analyst, '/api/v1/assets?limit=50', everything],
    [
      `asset register of province ${BENCH_PROVINCE}, analyst`,
      analyst,
      `/api/v1/assets?limit=50&provinceCode=${BENCH_PROVINCE}`,
      province,
    ],
  ];
  for (const [name, reader, path, where] of paired) {
    const [api, counterpart] = await timePair(
      rounds,
      () => reader.client.get(path),
      rawAs(database, reader.actor, assetPage(where), assetTotals(where)),
    );
    rows.push({ name, api, counterpart, goal: 50 });
  }
  for (const [name, reader, path] of [
    [
      'asset search "ถนน", national analyst',
      analyst,
      `/api/v1/assets?limit=50&q=${encodeURIComponent('ถนน')}`,
    ],
    ['asset summary (map counts), national analyst', analyst, '/api/v1/assets/summary'],
    [
      'asset summary (map counts), province planner',
      planner,
      `/api/v1/assets/summary?provinceCode=${BENCH_PROVINCE}`,
    ],
  ] as const) {
    rows.push({ name, api: await time(rounds, () => reader.client.get(path)), goal: 50 });
  }
  return rows;
}
