// BENCH_DATA_DIR=… npx tsx bench/province-profile.ts [rounds]: where the province-scale (PGlite) time of
// the search and both similar hints goes. Each call is timed through the API and its SQL alone (the
// same function as the planner, under RLS), and a CPU profile of the API calls is summed by
// function, so what runs as PGlite's WebAssembly is told apart from the app's JavaScript.
import { Session } from 'node:inspector/promises';
import { sql, type SQL } from 'drizzle-orm';
import { allWordsQuery, anyWordQuery, meaningfulWords } from '../domain/needs/similarity.js';
import { toSearchQuery } from '../domain/thai/index.js';
import { openBenchApp } from './app-context.js';
import { BENCH_PROVINCE } from './generate/constants.js';
import { plannerActor } from './list-statements.js';
import { time } from './measure.js';
import { rawAs } from './money.js';

type ProfileNode = { id: number; callFrame: { functionName: string; url: string }; hitCount?: number };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const rounds = Number(process.argv[2] ?? 10);
const bench = await openBenchApp();
if (bench.database.kind !== 'pglite') {
  throw new Error('the province profile is of PGlite: unset DATABASE_URL');
}
const planner = await bench.signIn('planner.korat');
const raw = (query: SQL) => rawAs(bench.database, plannerActor, query);
const matchIds = (q: string) =>
  raw(sql`select need_text_match_ids(${toSearchQuery(q)}, ${`%${q}%`}, ${q.toUpperCase()}, 1000)`);
const hint = (title: string) => {
  const words = meaningfulWords(title);
  return raw(sql`select * from need_similar_candidates(${BENCH_PROVINCE}, ${title}, ${anyWordQuery(words)},
    ${allWordsQuery(words)}, null, 50)`);
};
const calls: [string, string, (() => Promise<unknown>) | null][] = [
  ...['ถนน', 'ขาดแคลนน้ำ', 'โพธิ์กลาง', 'ถน', 'ฟหกดเฟหก'].map(
    (q) =>
      [`search "${q}"`, `/api/v1/needs?limit=50&q=${encodeURIComponent(q)}`, matchIds(q)] as [
        string,
        string,
        () => Promise<unknown>,
      ],
  ),
  ...['ถนนลูกรังชำรุด', 'ขาดแคลนน้ำประปา'].map(
    (title) =>
      [
        `similar-need hint "${title}"`,
        `/api/v1/needs/similar?areaCode=${BENCH_PROVINCE}0101&title=${encodeURIComponent(title)}`,
        hint(title),
      ] as [string, string, () => Promise<unknown>],
  ),
  [
    'similar-project hint "ก่อสร้างถนนคอนกรีตเสริมเหล็ก"',
    `/api/v1/projects/similar?fiscalYear=2569&title=${encodeURIComponent('ก่อสร้างถนนคอนกรีตเสริมเหล็ก')}`,
    null,
  ],
];
const ms = (value: number) => value.toFixed(1);
console.info(
  '| call (planner, PGlite) | API p50 / p95 ms | its SQL alone p50 / p95 ms |\n| --- | ---: | ---: |',
);
for (const [name, path, sqlAlone] of calls) {
  const api = await time(rounds, () => planner.get(path));
  const alone = sqlAlone ? await time(rounds, sqlAlone) : null;
  console.info(
    `| ${name} | ${ms(api.p50)} / ${ms(api.p95)} | ${alone ? `${ms(alone.p50)} / ${ms(alone.p95)}` : ''} |`,
  );
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
for (const [, path] of calls) {
  for (let round = 0; round < rounds; round += 1) {
    await planner.get(path);
  }
}
const { profile } = (await session.post('Profiler.stop')) as { profile: Profile };
session.disconnect();
/** Self time by bucket: PGlite's wasm, PGlite's JS, zod, drizzle, pg-less app code, Node internals. */
const bucketOf = ({ callFrame: { functionName, url } }: ProfileNode) => {
  if (url.startsWith('wasm://')) {
    return 'PGlite WebAssembly (PostgreSQL itself)';
  }
  if (functionName === '(garbage collector)') {
    return 'garbage collection';
  }
  if (functionName === '(idle)' || functionName === '(program)') {
    return functionName;
  }
  for (const library of ['@electric-sql/pglite', 'zod', 'drizzle-orm', 'fastify', 'light-my-request']) {
    if (url.includes(`node_modules/${library}/`)) {
      return library;
    }
  }
  if (url.includes('/domain/')) {
    return 'app domain (segmenting, scoring)';
  }
  if (url.includes('/server/')) {
    return 'app server code';
  }
  return url.startsWith('node:') || url === '' ? 'Node internals' : 'other JavaScript';
};
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const totals = new Map<string, number>();
profile.samples.forEach((id, index) => {
  const node = byId.get(id);
  const bucket = node ? bucketOf(node) : 'unknown';
  totals.set(bucket, (totals.get(bucket) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
});
const all = [...totals.values()].reduce((sum, value) => sum + value, 0);
console.info(`\nCPU profile of the calls above (${rounds} rounds each), self time:\n`);
console.info('| where | ms | share |\n| --- | ---: | ---: |');
for (const [bucket, total] of [...totals].sort((a, b) => b[1] - a[1])) {
  console.info(`| ${bucket} | ${total.toFixed(0)} | ${((100 * total) / all).toFixed(1)} % |`);
}
await bench.close();
