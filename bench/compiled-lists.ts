// npx tsx bench/compiled-lists.ts [rounds]: the keyset lists that serialise with a function compiled
// from their zod schema, on the bench database (DATABASE_URL, else the PGlite directory BENCH_DATA_DIR).
// Per list: the whole request beside the raw SQL of the same page where the bench has one, and the
// page's serialisation alone, zod encode + JSON.stringify beside the compiled function, each pair
// timed in alternation so both see the same load.
import { loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import { sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { assetListQuery } from '../domain/assets/asset-input.js';
import { assetListSchema } from '../domain/assets/asset-response.js';
import { assetBacklogQuery, assetBacklogSchema } from '../domain/assets/checks.js';
import type { Actor } from '../domain/auth/policy.js';
import { stageListQuery, stageListSchema } from '../domain/budget/stage-responses.js';
import { rulesFailingQuery, rulesFailingSchema } from '../domain/dashboards/rules-failing.js';
import { belowTargetQuery, shortfallPageSchema } from '../domain/indicators/figures.js';
import { needListQuery } from '../domain/needs/need-query.js';
import { needListSchema } from '../domain/needs/need-response.js';
import { projectListQuery } from '../domain/projects/project-query.js';
import { projectListSchema } from '../domain/projects/project-response.js';
import { warningPageSchema, warningsQuery } from '../domain/spending/spending-response.js';
import { assetBacklog } from '../server/features/assets/checks.js';
import { listAssets } from '../server/features/assets/list.js';
import { listStages } from '../server/features/budget/stage-list.js';
import { rulesFailingList } from '../server/features/dashboards/rules-failing.js';
import { belowTarget } from '../server/features/indicators/shortfalls.js';
import { listNeeds } from '../server/features/needs/list.js';
import { listProjects } from '../server/features/projects/list.js';
import { listWarnings } from '../server/features/spending/warnings.js';
import { findSessionActor } from '../server/platform/auth/actor-session.js';
import { compiledSerialiserOf } from '../server/platform/http/compiled-serialiser.js';
import { openBenchApp } from './app-context.js';
import { assetPage, assetTotals } from './asset-screens.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { analystActor, needsPage, plannerActor, plannerPage, rollupCount } from './list-statements.js';
import { time, timePair, type Timing } from './measure.js';
import { projectPage, projectTotals, rawAs } from './money.js';

const rounds = Number(process.argv[2] ?? 40);
const bench = await openBenchApp();
const deps = { database: bench.database };
const policy = { idleMinutes: 60, absoluteHours: 12 };

/** A signed-in client and the actor its session stands for, as the routes see it. */
async function reader(username: string, rawActor: Actor) {
  const client = await bench.signIn(username);
  const token = decodeURIComponent(client.cookie.slice(client.cookie.indexOf('=') + 1));
  const actor = (await findSessionActor(bench.database.db, policy, token))?.actor;
  if (!actor) {
    throw new Error(`no session actor for ${username}`);
  }
  return { client, actor, rawActor };
}
type Reader = Awaited<ReturnType<typeof reader>>;
const planner = await reader('planner.korat', plannerActor);
const analyst = await reader('analyst', analystActor);

type ListCase = {
  name: string;
  who: Reader;
  path: string;
  schema: z.ZodType;
  present: (actor: Actor) => Promise<unknown>;
  raw?: SQL[];
};
const everything = sql`true`;
const cases: ListCase[] = [
  ...[planner, analyst].map((who) => ({
    name: `needs first page, ${who === planner ? 'planner' : 'analyst'}`,
    who,
    path: '/api/v1/needs?limit=50',
    schema: needListSchema,
    present: (actor: Actor) => listNeeds(deps, actor, needListQuery.parse({ limit: '50' })),
    raw: who === planner ? plannerPage : [needsPage(everything), rollupCount(sql`scope_level = 2`)],
  })),
  ...[planner, analyst].map((who) => ({
    name: `projects first page, ${who === planner ? 'planner' : 'analyst'}`,
    who,
    path: '/api/v1/projects?limit=50',
    schema: projectListSchema,
    present: (actor: Actor) => listProjects(deps, actor, projectListQuery.parse({ limit: '50' })),
    raw: [projectPage, projectTotals],
  })),
  ...[planner, analyst].map((who) => ({
    name: `assets first page, ${who === planner ? 'planner' : 'analyst'}`,
    who,
    path: '/api/v1/assets?limit=50',
    schema: assetListSchema,
    present: (actor: Actor) => listAssets(deps, actor, assetListQuery.parse({ limit: '50' })),
    raw: [assetPage(everything), assetTotals(everything)],
  })),
  {
    name: 'asset check backlog, analyst',
    who: analyst,
    path: '/api/v1/assets/backlog?kind=check_overdue&limit=50',
    schema: assetBacklogSchema,
    present: (actor) => assetBacklog(deps, actor, assetBacklogQuery.parse({ kind: 'check_overdue' })),
  },
  {
    name: 'budget stages FY2569, planner',
    who: planner,
    path: '/api/v1/budget-stages?fiscalYear=2569&limit=50',
    schema: stageListSchema,
    present: (actor) => listStages(deps, actor, stageListQuery.parse({ fiscalYear: '2569' })),
  },
  {
    name: 'spending warnings FY2569, analyst',
    who: analyst,
    path: '/api/v1/spending/warnings?fiscalYear=2569&limit=50',
    schema: warningPageSchema,
    present: (actor) => listWarnings(deps, actor, warningsQuery.parse({ fiscalYear: '2569' })),
  },
  {
    name: 'rules failing FY2569, planner',
    who: planner,
    path: `/api/v1/dashboards/rules-failing?fiscalYear=2569&provinceCode=${BENCH_PROVINCE}&limit=50`,
    schema: rulesFailingSchema,
    present: (actor) =>
      rulesFailingList(
        deps,
        actor,
        rulesFailingQuery.parse({ fiscalYear: '2569', provinceCode: BENCH_PROVINCE }),
      ),
  },
  {
    name: 'indicator shortfalls 2568, planner',
    who: planner,
    path: `/api/v1/indicator-shortfalls?provinceCode=${BENCH_PROVINCE}&year=2568&limit=100`,
    schema: shortfallPageSchema,
    present: (actor) =>
      belowTarget(deps, actor, belowTargetQuery.parse({ provinceCode: BENCH_PROVINCE, year: '2568' })),
  },
];

const ms = (timing: Timing | undefined, key: keyof Timing, digits = 1) =>
  timing ? timing[key].toFixed(digits) : '';
const lines = [
  '| list | rows | KiB | API p50 | API p95 | raw SQL p50 | raw SQL p95 | p95 ratio | zod encode + stringify p50 | compiled p50 |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
];
for (const list of cases) {
  const serialise = compiledSerialiserOf(list.schema);
  if (!serialise) {
    throw new Error(`${list.path}: its schema is not compiled`);
  }
  const page = await list.present(list.who.actor);
  const rows = (page as { items: unknown[] }).items.length;
  const api = () => list.who.client.get(list.path);
  const [apiTiming, rawTiming] = list.raw
    ? await timePair(rounds, api, rawAs(bench.database, list.who.rawActor, ...list.raw))
    : [await time(rounds, api), undefined];
  const [zodTiming, compiledTiming] = await timePair(
    rounds * 10,
    async () => JSON.stringify(list.schema.encode(page)),
    async () => serialise(page),
  );
  const ratio = rawTiming ? (apiTiming.p95 / rawTiming.p95).toFixed(2) : '';
  const kib = (Buffer.byteLength(serialise(page)) / 1024).toFixed(1);
  lines.push(
    `| ${list.name} | ${rows} | ${kib} | ${ms(apiTiming, 'p50')} | ${ms(apiTiming, 'p95')} | ${ms(rawTiming, 'p50')} | ${ms(rawTiming, 'p95')} | ${ratio} | ${ms(zodTiming, 'p50', 3)} | ${ms(compiledTiming, 'p50', 3)} |`,
  );
}
const commit = execSync('git rev-parse --short HEAD').toString().trim();
console.info(
  `engine ${bench.database.kind}, commit ${commit}, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ')}, ${rounds} rounds (serialisers ${rounds * 10}), times in ms\n`,
);
console.info(lines.join('\n'));
await bench.close();
