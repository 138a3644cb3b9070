// The export's memory in a server process of its own (npm run bench starts this): the built server
// (`dist/server/main.js`, `npm run build:server`) on the bench database, signed in as the province
// planner, exporting the province's needs over HTTP. Resident memory is read from /proc: VmRSS before
// and VmHWM (the kernel's peak) after, so the figure is the server's own, not the bench's heap.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { DEMO_PASSWORD } from '../server/db/seed/accounts.js';

const SERVER = 'dist/server/main.js';
const PORT = 39_000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${PORT}`;
const databaseUrl = process.env.DATABASE_URL;

/** VmRSS and VmHWM of a process in MiB. */
function residentMiB(pid: number) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

if (!databaseUrl || !existsSync(SERVER)) {
  console.info(`export memory: skipped (needs DATABASE_URL and ${SERVER} from npm run build:server)`);
  process.exit(0);
}
// The young-generation cap `npm start` sets: V8's default on a large-memory machine lets a streamed
// export's garbage pile up (peak 265-463 MiB at the default, ~200 MiB at 16 MiB on 2026-11-29).
const server = spawn(process.execPath, ['--max-semi-space-size=16', SERVER], {
  env: { ...process.env, PORT: String(PORT), AREAPLAN_DEMO: '0', LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
try {
  for (let tries = 0; !(await fetch(`${base}/api/health`).catch(() => null))?.ok; tries += 1) {
    if (tries > 600) {
      throw new Error('the server did not become healthy in 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'planner.korat', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const before = residentMiB(server.pid ?? 0);
  const started = performance.now();
  const response = await fetch(`${base}/api/v1/needs/export`, { headers: { cookie } });
  const bytes = (await response.arrayBuffer()).byteLength;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const after = residentMiB(server.pid ?? 0);
  console.info(
    `export of the planner's province by the built server: HTTP ${response.status}, ${(bytes / 2 ** 20).toFixed(1)} MiB xlsx in ${seconds} s; server RSS ${before.rss.toFixed(0)} MiB before (peak so far ${before.peak.toFixed(0)}), peak ${after.peak.toFixed(0)} MiB after (goal: peak ≤ 300 MB)`,
  );
} finally {
  server.kill();
}
