// kill -9 reliability bench: the real server as a child process, a needs import and a stream of
// acknowledged need creations, SIGKILL at a random moment, restart, N times per database. Then,
// with the server stopped, checks: every import is all or nothing (0 or all of its rows), no
// acknowledged write is lost, the data folder opened every time, every job ended (succeeded, or
// failed/parked with nothing saved). Not a test (minutes; PostgreSQL needs a server):
// `npm run bench:reliability -- [rounds] [rows] [seed]` (PostgreSQL too when TEST_DATABASE_URL is set).
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, selectRows } from '../server/platform/db/client.js';
import {
  kill,
  needsWorkbook,
  signIn,
  startServer,
  waitHealthy,
  type ServerProcess,
} from './reliability-server.js';

const ROUNDS = Number(process.argv[2] ?? 6);
const ROWS = Number(process.argv[3] ?? 1500);
let seed = Number(process.argv[4] ?? 7);
/** A small seeded generator, so a run can be repeated. */
const random = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

type Round = { jobId: string | null; acknowledged: string[] };
type Engine = {
  name: string;
  env: Record<string, string>;
  open: () => ReturnType<typeof openDatabase>;
  drop: () => Promise<void>;
};

async function bringUp(engine: Engine, port: number, tally: { opens: number; failedOpens: number }) {
  const server = startServer(port, { ...engine.env, AREAPLAN_JOB_LEASE_SECONDS: '3' });
  if (await waitHealthy(server, 240)) {
    tally.opens += 1;
  } else {
    tally.failedOpens += 1;
    console.error(`  ${engine.name}: the server did not become healthy`);
  }
  return server;
}

/** One round: start an import and keep creating needs until the kill. */
async function attack(server: ServerProcess, round: number): Promise<Round> {
  const session = await signIn(server.base, 'planner.korat');
  const content = await needsWorkbook(`R${round} นำเข้า`, ROWS);
  const upload = await session.upload('/api/v1/needs/imports', 'needs.xlsx', content);
  const jobId = upload.status === 202 ? ((await upload.json()) as { job: { id: string } }).job.id : null;
  if (!jobId) {
    console.warn(`  import upload answered ${upload.status}: ${(await upload.text()).slice(0, 200)}`);
  }
  const acknowledged: string[] = [];
  const killAt = Date.now() + 300 + random() * 6000;
  const writer = (async () => {
    for (let number = 1; Date.now() < killAt + 1000; number += 1) {
      const response = await session
        .post('/api/v1/needs', {
          areaCode: '300101',
          title: `R${round} เขียน ${number}`,
          description: 'เขียนระหว่างทดสอบ',
          origin: 'public_forum',
          dimensionId: 2,
          households: 1,
          people: 1,
          fiscalYear: 2570,
        })
        .catch(() => null);
      if (!response) {
        return;
      }
      if (response.status === 201) {
        acknowledged.push(((await response.json()) as { id: string }).id);
      } else if (acknowledged.length === 0) {
        console.warn(`  need creation answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
      }
    }
  })();
  await sleep(Math.max(0, killAt - Date.now()));
  await kill(server);
  await writer;
  return { jobId, acknowledged };
}

async function waitSettled(server: ServerProcess, jobIds: string[]) {
  const session = await signIn(server.base, 'planner.korat');
  for (const id of jobIds) {
    for (let tries = 0; tries < 600; tries += 1) {
      const job = (await (await session.get(`/api/v1/jobs/${id}`)).json()) as { status: string };
      if (job.status === 'succeeded' || job.status === 'failed') {
        break;
      }
      await sleep(500);
    }
  }
}

async function runEngine(engine: Engine, port: number) {
  const tally = { opens: 0, failedOpens: 0 };
  const rounds: Round[] = [];
  let server = await bringUp(engine, port, tally);
  for (let round = 1; round <= ROUNDS; round += 1) {
    rounds.push(await attack(server, round));
    server = await bringUp(engine, port, tally);
  }
  await waitSettled(
    server,
    rounds.flatMap((round) => (round.jobId ? [round.jobId] : [])),
  );
  server.child.kill('SIGTERM');
  await server.exited;

  const database = await engine.open();
  let partial = 0;
  let lost = 0;
  const outcomes: string[] = [];
  for (const [index, round] of rounds.entries()) {
    const [imported] = await selectRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from needs where title like ${`R${index + 1} นำเข้า %`}`,
    );
    const [job] = round.jobId
      ? await selectRows<{ status: string; attempts: number }>(
          database.db,
          sql`select status, attempts from jobs where id = ${round.jobId}`,
        )
      : [];
    const [kept] = await selectRows<{ count: number }>(
      database.db,
      sql`select count(*)::int as count from needs where id = any(${sql.param(round.acknowledged)}::uuid[])`,
    );
    const expected = job?.status === 'succeeded' ? ROWS : 0;
    partial += imported?.count === expected ? 0 : 1;
    lost += round.acknowledged.length - (kept?.count ?? 0);
    outcomes.push(
      `${job?.status ?? 'no job'}/${job?.attempts ?? 0}: ${imported?.count ?? 0} rows, ${round.acknowledged.length} acked`,
    );
  }
  await database.close();
  await engine.drop();
  console.info(
    `${engine.name}: ${ROUNDS} kills, ${ROWS}-row import each; opened ${tally.opens}/${tally.opens + tally.failedOpens}`,
  );
  console.info(`  imports not all-or-nothing: ${partial}; acknowledged writes lost: ${lost}`);
  console.info(`  per round (job status/attempts: import rows, acknowledged writes): ${outcomes.join('; ')}`);
}

const engines: Engine[] = [];
const dataDir = mkdtempSync(join(tmpdir(), 'areaplan-kill-'));
engines.push({
  name: 'PGlite',
  env: { AREAPLAN_DATA_DIR: dataDir },
  open: () => openDatabase({ dataDir }),
  drop: async () => rmSync(dataDir, { recursive: true, force: true }),
});
const adminUrl = process.env.TEST_DATABASE_URL;
if (adminUrl) {
  const name = `areaplan_kill_${process.pid}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  engines.push({
    name: 'PostgreSQL',
    env: { DATABASE_URL: url.toString() },
    open: () => openDatabase({ url: url.toString() }),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  });
}
for (const [index, engine] of engines.entries()) {
  await runEngine(engine, 3900 + index);
}
console.info(
  `load average ${loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`,
);
