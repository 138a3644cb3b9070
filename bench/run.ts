// npm run bench [-- --smoke]: the national-scale (DATABASE_URL) or province-scale (PGlite) benchmark of
// the needs screens, each API figure beside the raw SQL of the same result or bare Fastify. Generate
// the data first (npm run bench:generate). --smoke: few rounds, for CI; it never fails on timing.
import { execFileSync, execSync } from 'node:child_process';
import { loadavg, cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import type { Actor } from '../domain/auth/policy.js';
import { encodeCursor } from '../domain/common/keyset-cursor.js';
import { selectRows } from '../server/platform/db/client.js';
import { openBenchApp } from './app-context.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { table, time, timePair, type Row } from './measure.js';
import { throughputRows } from './throughput.js';
import { searchPlans } from './probes.js';
import { moneyRows, rawAs } from './money.js';
import { assetRows } from './asset-screens.js';
import {
  analystActor,
  needsPage,
  plannerActor,
  plannerPage,
  provinceCount,
  provinceWhere,
  rollupCount,
} from './list-statements.js';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false } } });
const rounds = values.smoke ? 3 : Number(process.env.BENCH_ROUNDS ?? 40);
const bench = await openBenchApp();
const planner = await bench.signIn('planner.korat');
const analyst = await bench.signIn('analyst');
const db = bench.database;
const [{ total = 0, projects = 0, spending = 0, assets = 0 } = {}] = await selectRows<{
  total: number;
  projects: number;
  spending: number;
  assets: number;
}>(
  db.db,
  sql`select (select count(*)::int from needs) as total, (select count(*)::int from projects) as projects,
    (select (select count(*) from spending_plan_months) + (select count(*) from spending_actuals))::int as spending,
    (select count(*)::int from assets) as assets`,
);

/** The key of the row `depth` rows down a scope's newest-first order, as the API's cursor. */
async function cursorAt(province: string | null, depth: number) {
  const [row] = await selectRows<{ at: string; ref: string }>(
    db.db,
    sql`select created_at::text as at, reference_no as ref from needs
      where ${province ? sql`province_code = ${province}` : sql`true`}
      order by created_at desc, reference_no desc offset ${depth} limit 1`,
  );
  return row ? { key: row, text: encodeCursor(row) } : null;
}

const raw = (actor: Actor, ...queries: ReturnType<typeof sql>[]) => rawAs(db, actor, ...queries);

const rows: Row[] = [];
const plannerDeep = await cursorAt(BENCH_PROVINCE, Math.floor(total / 77 / 2));
const analystDeep = await cursorAt(null, Math.floor(total / 2));
const nationalCount = rollupCount(sql`scope_level = 2`);
const listRows: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
  [
    'needs first page, province planner',
    () => planner.get('/api/v1/needs?limit=50'),
    raw(plannerActor, ...plannerPage),
  ],
  [
    `needs cursor page (row ${Math.floor(total / 77 / 2)}), planner`,
    () => planner.get(`/api/v1/needs?limit=50&cursor=${plannerDeep?.text}`),
    raw(plannerActor, needsPage(provinceWhere, plannerDeep?.key), provinceCount),
  ],
  [
    'needs first page, national analyst',
    () => analyst.get('/api/v1/needs?limit=50'),
    raw(analystActor, needsPage(sql`true`), nationalCount),
  ],
  [
    `needs cursor page (row ${Math.floor(total / 2)}), analyst`,
    () => analyst.get(`/api/v1/needs?limit=50&cursor=${analystDeep?.text}`),
    raw(analystActor, needsPage(sql`true`, analystDeep?.key), nationalCount),
  ],
];
for (const [name, api, counterpart] of listRows) {
  const [apiTiming, rawTiming] = await timePair(rounds, api, counterpart);
  rows.push({ name, api: apiTiming, counterpart: rawTiming, goal: 50 });
}
for (const q of ['ถนน', 'น้ำท่วม', 'ขาดแคลนน้ำ', 'โพธิ์กลาง', 'ถน', 'ฟหกดเฟหก']) {
  rows.push({
    name: `search "${q}", national analyst`,
    api: await time(rounds, () => analyst.get(`/api/v1/needs?limit=50&q=${encodeURIComponent(q)}`)),
    goal: 50,
  });
}
for (const q of ['โพธิ์กลาง', 'ฟหกดเฟหก']) {
  const path = `/api/v1/needs?limit=50&sort=relevance&q=${encodeURIComponent(q)}`;
  rows.push({
    name: `search "${q}" by relevance, analyst`,
    api: await time(rounds, () => analyst.get(path)),
    goal: 50,
  });
}
for (const [name, client, path] of [
  ['roll-up by province, analyst', analyst, '/api/v1/needs/rollups?groupBy=area'],
  ['roll-up by dimension, analyst', analyst, '/api/v1/needs/rollups?groupBy=dimension'],
  ['roll-up by status FY2569, analyst', analyst, '/api/v1/needs/rollups?groupBy=status&fiscalYear=2569'],
  ['roll-up by district, planner', planner, `/api/v1/needs/rollups?groupBy=area&areaCode=${BENCH_PROVINCE}`],
  ['roll-up by origin, planner', planner, '/api/v1/needs/rollups?groupBy=origin'],
  ['map: provinces, analyst', analyst, '/api/v1/needs/map'],
  ['map: subdistrict points, planner', planner, `/api/v1/needs/map?areaCode=${BENCH_PROVINCE}`],
] as const) {
  rows.push({ name, api: await time(rounds, () => client.get(path)), goal: 50 });
}
const [water] = await selectRows<{ id: string }>(
  db.db,
  sql`select id from indicators where code = 'JPT-WATER'`,
);
for (const [name, client, parent] of [
  ['indicator map: provinces with last year, analyst', analyst, ''],
  ['indicator table: districts of a province, planner', planner, BENCH_PROVINCE],
] as const) {
  const path = `/api/v1/indicators/${water?.id}/areas?year=2568&parent=${parent}`;
  rows.push({ name, api: await time(rounds, () => client.get(path)), goal: 50 });
}
rows.push({
  name: 'similar-need hint while typing, planner',
  api: await time(rounds, (round) =>
    planner.get(
      `/api/v1/needs/similar?areaCode=${BENCH_PROVINCE}0101&title=${encodeURIComponent(['ถนนลูกรังชำรุด', 'น้ำท่วมขังพื้นที่', 'ขาดแคลนน้ำประปา'][Math.abs(round) % 3] ?? '')}`,
    ),
  ),
  goal: 100,
});
rows.push(
  ...(await moneyRows(
    db,
    { client: planner, actor: plannerActor },
    { client: analyst, actor: analystActor },
    rounds,
  )),
  ...(await assetRows(
    db,
    { client: planner, actor: plannerActor },
    { client: analyst, actor: analystActor },
    rounds,
  )),
);

const commit = execSync('git rev-parse --short HEAD').toString().trim();
console.info(`\n## Bench run ${new Date().toISOString()}`);
console.info(
  `engine ${db.kind}, ${total.toLocaleString('en')} needs, ${projects.toLocaleString('en')} projects, ${spending.toLocaleString('en')} monthly spending rows, ${assets.toLocaleString('en')} assets, commit ${commit}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}, ${rounds} rounds\n`,
);
console.info(table(rows));
console.info(
  `\n${await throughputRows(bench.app, planner.cookie, values.smoke ? 2 : 10, {
    roundTrip: () => selectRows(db.db, sql`select 1`),
    rawList: raw(plannerActor, ...plannerPage),
  })}`,
);
console.info(`\n${execFileSync('npx', ['tsx', 'bench/export-memory.ts'], { encoding: 'utf8' }).trim()}`);
console.info(`\n${await searchPlans(db)}`);
await bench.close();
