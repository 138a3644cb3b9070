// Lighthouse against the built app served by dist/server/main.js: the login page and the dashboard
// signed in as admin (desktop preset, performance only; the session cookie from the login API is
// sent as an extra header), and the public portal's province page (นครราชสีมา) as a phone sees it
// (Lighthouse's default mobile emulation with a slow 4G line and a slowed CPU, performance and
// accessibility). Not a test: prints the median of BENCH_RUNS runs for docs/performance.md.
// Needs a build (`npm run build`) and Chromium (CHROMIUM_PATH, default /usr/bin/chromium).
//
//   BENCH_RUNS=3 BENCH_DATA_DIR=./data npx tsx bench/lighthouse.ts
//   BENCH_ONLY=portal npm run bench:lighthouse      (only the pages whose name starts with it)
//
// Without BENCH_DATA_DIR a temporary folder is created and seeded with the demo data on the first start.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO_PASSWORD } from '../server/db/seed/accounts.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ONLY = process.env.BENCH_ONLY ?? '';
const PORT = Number(process.env.BENCH_PORT ?? 3999);
const origin = `http://127.0.0.1:${PORT}`;
const chromeFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
].join(' ');

type Audit = { numericValue?: number };
type Report = {
  categories: { performance: { score: number }; accessibility?: { score: number } };
  audits: Record<string, Audit>;
};
type Profile = 'desktop' | 'mobile';

async function startServer(dataDir: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, AREAPLAN_DATA_DIR: dataDir, PORT: String(PORT), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (;;) {
    if (server.exitCode !== null) {
      throw new Error(`the server exited with status ${server.exitCode}`);
    }
    const response = await fetch(`${origin}/api/health`).catch(() => null);
    if (response?.ok) {
      return server;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function sessionCookie(): Promise<string> {
  const response = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: DEMO_PASSWORD }),
  });
  if (!response.ok) {
    throw new Error(`login failed: ${response.status} ${await response.text()}`);
  }
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART); such a run is repeated. */
async function lighthouseWithRetry(
  url: string,
  headers: Record<string, string>,
  profile: Profile,
): Promise<Report> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await lighthouse(url, headers, profile);
    } catch (error) {
      if (attempt === 3) {
        throw error;
      }
      console.warn(`Lighthouse failed on ${url} (attempt ${attempt}), retrying`);
    }
  }
}

async function lighthouse(url: string, headers: Record<string, string>, profile: Profile): Promise<Report> {
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    ...(profile === 'desktop'
      ? ['--preset=desktop', '--only-categories=performance']
      : ['--only-categories=performance,accessibility']),
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${chromeFlags}`,
    `--extra-headers=${JSON.stringify(headers)}`,
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' };
  const { stdout } = await promisify(execFile)(process.execPath, args, { env, maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout) as Report;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function measure(
  name: string,
  url: string,
  headers: Record<string, string>,
  profile: Profile = 'desktop',
): Promise<void> {
  if (!name.startsWith(ONLY)) {
    return;
  }
  const reports: Report[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    reports.push(await lighthouseWithRetry(url, headers, profile));
  }
  const metric = (id: string) => median(reports.map((report) => report.audits[id]?.numericValue ?? NaN));
  const scores = reports.map((report) => Math.round(report.categories.performance.score * 100));
  const accessibility = reports.map((report) =>
    Math.round((report.categories.accessibility?.score ?? NaN) * 100),
  );
  console.info(
    `${name.padEnd(10)} ${profile} performance ${median(scores)} (runs ${scores.join(', ')})  ` +
      (profile === 'mobile' ? `accessibility ${median(accessibility)}  ` : '') +
      `LCP ${(metric('largest-contentful-paint') / 1000).toFixed(2)} s  ` +
      `FCP ${(metric('first-contentful-paint') / 1000).toFixed(2)} s  ` +
      `TBT ${Math.round(metric('total-blocking-time'))} ms  ` +
      `CLS ${metric('cumulative-layout-shift').toFixed(3)}  ` +
      `transfer ${Math.round(metric('total-byte-weight') / 1024)} KiB`,
  );
}

const ownDataDir = process.env.BENCH_DATA_DIR ? null : mkdtempSync(join(tmpdir(), 'areaplan-lighthouse-'));
const server = await startServer(process.env.BENCH_DATA_DIR ?? ownDataDir ?? '');
try {
  console.info(`Lighthouse, median of ${RUNS} runs, load average ${loadavg()[0]?.toFixed(2)}`);
  await measure('login', `${origin}/login`, {});
  await measure(
    'dashboard',
    `${origin}/`,
    ONLY && !'dashboard'.startsWith(ONLY) ? {} : { Cookie: await sessionCookie() },
  );
  await measure('portal 30', `${origin}/portal/provinces/30`, {}, 'mobile');
  console.info(`load average after: ${loadavg()[0]?.toFixed(2)}`);
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
  if (ownDataDir) {
    rmSync(ownDataDir, { recursive: true, force: true });
  }
}
