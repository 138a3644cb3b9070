// npx tsx bench/request-split.ts [rounds]: where a list request's fixed cost goes, on the national
// database (DATABASE_URL). The planner's first needs page through the whole app, and each part of it
// alone, timed in alternation (so they share the machine's load from moment to moment), with this
// process's CPU per call; beside two alternatives: named (prepared) statements instead of unnamed
// ones, and a serialiser compiled from the response schema instead of zod's encode + JSON.stringify.
import { loadavg } from 'node:os';
import { sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import fastJson from 'fast-json-stringify';
import { z } from 'zod';
import { needListQuery } from '../domain/needs/need-query.js';
import { needListSchema } from '../domain/needs/need-response.js';
import { findSessionActor } from '../server/platform/auth/actor-session.js';
import { hashToken } from '../server/platform/auth/sessions.js';
import { selectRows } from '../server/platform/db/client.js';
import { inActorTransaction } from '../server/platform/db/transaction.js';
import { listNeeds } from '../server/features/needs/list.js';
import { openBenchApp } from './app-context.js';
import { plannerActor, plannerPage } from './list-statements.js';
import { rawAs } from './money.js';

const rounds = Number(process.argv[2] ?? 200);
const bench = await openBenchApp();
if (bench.database.kind !== 'postgres') {
  throw new Error('the split compares named and unnamed PostgreSQL statements: set DATABASE_URL');
}
const planner = await bench.signIn('planner.korat');
const token = decodeURIComponent(planner.cookie.slice(planner.cookie.indexOf('=') + 1));
const policy = { idleMinutes: 60, absoluteHours: 12 };
const actor = (await findSessionActor(bench.database.db, policy, token))?.actor ?? plannerActor;
const deps = { database: bench.database } as Parameters<typeof listNeeds>[0];
const query = needListQuery.parse({ limit: '50' });
const list = await listNeeds(deps, actor, query);

type Pool = { query(config: { name?: string; text: string; values: unknown[] }): Promise<unknown> };
const pool = (bench.database.db as unknown as { $client: Pool }).$client;
const dialect = new PgDialect();
/** One statement straight through the pg pool, unnamed (parsed and planned each time) or named. */
const statement = (query: SQL, name?: string) => {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return () => pool.query({ ...(name ? { name } : {}), text, values: params });
};
const sessionStatement = sql`select s.user_id, s.csrf_token from sessions s join users u on u.id = s.user_id
  where s.token_hash = ${hashToken(token)} and s.revoked_at is null and u.is_active`;
const [page, count] = plannerPage as [SQL, SQL];
/** The raw page and count in the RLS transaction, each statement named. */
const namedRaw = () =>
  inActorTransaction(bench.database, plannerActor, async (tx) => {
    const client = (tx as unknown as { session: { client: Pool } }).session.client;
    for (const [index, query] of [page, count].entries()) {
      const { sql: text, params } = dialect.sqlToQuery(query);
      await client.query({ name: `split_raw_${index}`, text, values: params });
    }
  });
const compiled = fastJson(z.toJSONSchema(needListSchema, { io: 'output', unrepresentable: 'any' }) as object);

const parts: [string, () => Promise<unknown>][] = [
  ['API: GET /needs?limit=50 through the whole app', () => planner.get('/api/v1/needs?limit=50')],
  ['service alone (listNeeds: RLS transaction, drizzle, presenter)', () => listNeeds(deps, actor, query)],
  ['raw page + count in the RLS transaction', rawAs(bench.database, plannerActor, page, count)],
  ['raw page + count, named statements', namedRaw],
  ['session + actor statement (findSessionActor)', () => findSessionActor(bench.database.db, policy, token)],
  ['session look-up, unnamed', statement(sessionStatement)],
  ['session look-up, named', statement(sessionStatement, 'split_session')],
  ['`select 1`', () => selectRows(bench.database.db, sql`select 1`)],
  ['zod encode + JSON.stringify of the page', async () => JSON.stringify(needListSchema.encode(list))],
  ['compiled serialiser (fast-json-stringify) of the page', async () => compiled(list)],
];
const times = parts.map(() => [] as number[]);
const cpu = parts.map(() => 0);
for (const [, run] of parts) {
  await run();
}
for (let round = 0; round < rounds; round += 1) {
  for (const [index, [, run]] of parts.entries()) {
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await run();
    times[index]?.push(performance.now() - start);
    const used = process.cpuUsage(startCpu);
    cpu[index] = (cpu[index] ?? 0) + (used.user + used.system) / 1000;
  }
}
const at = (sorted: number[], share: number) => (sorted[Math.floor(sorted.length * share)] ?? 0).toFixed(2);
console.info(
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ')}, ${rounds} rounds in alternation\n`,
);
console.info('| part | p50 ms | p95 ms | Node CPU ms / call |\n| --- | ---: | ---: | ---: |');
for (const [index, [name]] of parts.entries()) {
  const sorted = (times[index] ?? []).sort((a, b) => a - b);
  console.info(
    `| ${name} | ${at(sorted, 0.5)} | ${at(sorted, 0.95)} | ${((cpu[index] ?? 0) / rounds).toFixed(2)} |`,
  );
}
await bench.close();
