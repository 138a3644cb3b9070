// The process the kill -9 test kills: opens the database named on the command line (a PGlite folder
// or a PostgreSQL URL), prepares it, queues a needs import and keeps creating needs one by one,
// printing each acknowledged id at once; when the import has applied some but not all of its
// staged rows it SIGKILLs itself. Run by kill-during-import.test.ts, not on its own.
import { writeSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import { needsWorkbook } from '../../../bench/reliability-server.js';
import { buildApp } from '../../app.js';
import { DEMO_PASSWORD, seedAdministrator } from '../../db/seed/accounts.js';
import { FEATURES } from '../../features/index.js';
import { loadConfig } from '../../platform/config.js';
import { openDatabase, selectRows } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrations.js';
import { activateFeatures, migrationSetsOf, seedFeatures } from '../../platform/feature.js';
import { JobRunner } from '../../platform/jobs/runner.js';
import { multipartFile } from '../multipart.js';
import { needBody } from '../factories.js';

const [target = '', rows = '300'] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);

const database = await openDatabase(target.startsWith('postgres') ? { url: target } : { dataDir: target });
await runMigrations(database, migrationSetsOf(FEATURES));
await seedFeatures(database, FEATURES, 'reference');
await seedAdministrator(database, { demo: true });
await seedFeatures(database, FEATURES, 'demoAccounts');
const jobs = new JobRunner(database, { leaseSeconds: 2 });
activateFeatures(FEATURES, jobs);
const app = await buildApp({
  config: { ...loadConfig({}), logLevel: 'silent', webDir: '/nonexistent', apiRateLimitPerMinute: 1_000_000 },
  database,
  jobs,
});
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'planner.korat', password: DEMO_PASSWORD },
});
const cookie = `areaplan_session=${login.cookies.find((c) => c.name === 'areaplan_session')?.value ?? ''}`;
const headers = { cookie, 'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken };

const upload = multipartFile('needs.xlsx', await needsWorkbook('นำเข้าก่อนถูกหยุด', Number(rows)));
const queued = await app.inject({
  method: 'POST',
  url: '/api/v1/needs/imports',
  headers: { ...headers, ...upload.headers },
  payload: upload.body,
});
say(`job ${(queued.json() as { job: { id: string } }).job.id}`);

// Killed mid-write: once a batch is applied and before the last one is.
setInterval(() => {
  void selectRows<{ applied: number; staged: number; ended: boolean }>(
    database.db,
    sql`select count(*) filter (where applied)::int as applied, count(*)::int as staged,
          exists (select 1 from jobs where status in ('succeeded', 'failed')) as ended
        from job_staging`,
  ).then(([counts]) => {
    if (counts && counts.applied > 0 && counts.applied < counts.staged) {
      say(`kill at ${counts.applied} of ${counts.staged}`);
      process.kill(process.pid, 'SIGKILL');
    } else if (counts?.ended) {
      say('missed: the import ended before the kill');
      process.exit(3);
    }
  });
}, 5);
await jobs.start();
for (let number = 1; ; number += 1) {
  // A steady stream of writes that leaves the import room to run.
  await sleep(50);
  const created = await app.inject({
    method: 'POST',
    url: '/api/v1/needs',
    headers,
    payload: needBody({ title: `เขียนก่อนถูกหยุด ${number}` }),
  });
  if (created.statusCode === 201) {
    say(`ack ${(created.json() as { id: string }).id}`);
  }
}
