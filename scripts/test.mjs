// `npm test`: every test tier in sequence, then one summary line.
//
//   1. lint (eslint + prettier)            counts as 1 test
//   2. typecheck (tsc)                     counts as 1 test
//   3. vitest unit + api on PGlite         counts every test in the JSON report
//   4. vitest api on PostgreSQL            only when TEST_DATABASE_URL is set
//   5. web build + vitest e2e (Chromium)   only when Chromium is installed (npm run build:web)
//
// A step that is skipped prints "SKIPPED: …"; with AREAPLAN_REQUIRE_ALL=1 (CI) a skip is a failure.
// A step that crashes (no JSON report, build failure, non-zero exit with no failing test) counts as 1 failed.
// Every step runs even when an earlier one failed, so the summary is complete. The very last line is
// exactly `N passed, N failed` (plus `, N skipped` when tests were skipped) and the exit code is non-zero
// when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const log = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;
// The project's own binaries, never npx: npx would download a missing tool instead of failing.
const bin = (name) => join('node_modules', '.bin', name);

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const requireAll = process.env.AREAPLAN_REQUIRE_ALL === '1';
const reportDir = mkdtempSync(join(tmpdir(), 'areaplan-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
const recap = [];
// Named again in the summary: CI shows only the end of the output, far below vitest's own list.
const failures = [];

/** A failure message without colours or stack: its first line, then the diff lines that follow. */
function failureGist(message) {
  const lines = message
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\s+at /.test(line));
  return lines.slice(0, 40).join('\n      ');
}
const stepCount = 5;
let stepNumber = 0;
let interrupted = null;
let child = null;

// Each command runs in its own process group so a signal reaches the whole tree (npm → sh → tool).
function signalChild(signal) {
  if (!child?.pid) {
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    interrupted = signal;
    signalChild(signal);
  });
}
// If this process goes away unexpectedly, do not leave a test run behind.
process.on('exit', () => signalChild('SIGTERM'));

/** Runs a command with inherited output; resolves to its exit status (null + error when it could not start). */
function run(command, args, env = process.env) {
  log(`$ ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    child = spawn(command, args, { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true });
    child.on('error', (error) => {
      child = null;
      resolve({ status: null, signal: null, error });
    });
    child.on('exit', (status, signal) => {
      child = null;
      resolve({ status, signal, error: null });
    });
  });
}

function describeExit({ status, signal, error }) {
  if (error) {
    return `could not start: ${error.message}`;
  }
  return signal ? `killed by ${signal}` : `exit status ${status}`;
}

function header(title) {
  stepNumber += 1;
  log();
  log(`==> [${stepNumber}/${stepCount}] ${title}`);
  return Date.now();
}

function footer(title, started, outcome) {
  const elapsed = Date.now() - started;
  log(`==> [${stepNumber}/${stepCount}] ${title}: ${outcome} (${seconds(elapsed)})`);
  recap.push({ title, outcome, elapsed });
}

/** A tier that cannot run here: reported, and a failure when AREAPLAN_REQUIRE_ALL=1. */
function skip(title, started, message) {
  log(`SKIPPED: ${message}`);
  if (requireAll) {
    log(`FAILED: AREAPLAN_REQUIRE_ALL=1 forbids skipping this step`);
    totals.failed += 1;
    footer(title, started, `FAILED (skip not allowed): ${message}`);
  } else {
    footer(title, started, `SKIPPED: ${message}`);
  }
}

/** A step whose result is a single pass/fail (lint, typecheck). */
async function commandStep(title, command, args) {
  const started = header(title);
  if (interrupted) {
    footer(title, started, `not run (${interrupted})`);
    return;
  }
  const result = await run(command, args);
  if (result.status === 0) {
    totals.passed += 1;
    footer(title, started, 'passed');
  } else {
    totals.failed += 1;
    footer(title, started, `FAILED (${describeExit(result)})`);
  }
}

/** Runs vitest with the JSON reporter and adds the report's counts to the totals. */
async function vitestRun(label, args, env) {
  const reportFile = join(reportDir, `${label.replace(/[^a-z0-9]+/gi, '-')}.json`);
  const result = await run(
    bin('vitest'),
    ['run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`],
    env,
  );
  let report;
  try {
    report = JSON.parse(readFileSync(reportFile, 'utf8'));
  } catch {
    report = null;
  }
  if (!report) {
    totals.failed += 1;
    return `FAILED: vitest crashed without a JSON report (${describeExit(result)}), counted as 1 failed`;
  }
  const passed = report.numPassedTests ?? 0;
  let failed = report.numFailedTests ?? 0;
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  // A test file that fails to load (import error, failing beforeAll) has no failing test of its own.
  const brokenFiles = (report.testResults ?? []).filter(
    (file) =>
      file.status === 'failed' && !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
  );
  for (const file of brokenFiles) {
    log(`FAILED to run ${file.name}: ${String(file.message ?? '').split('\n')[0]}`);
  }
  failed += brokenFiles.length;
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') {
        const reason = failureGist(String(test.failureMessages?.[0] ?? ''));
        failures.push(`${label}: ${relative(process.cwd(), file.name)} › ${test.fullName} — ${reason}`);
      }
    }
  }
  failures.push(...brokenFiles.map((file) => `${label}: ${relative(process.cwd(), file.name)} did not run`));
  // Unhandled errors, timeouts while closing, etc.: vitest fails although every test passed.
  let note = '';
  if (result.status !== 0 && failed === 0) {
    failed = 1;
    note = ` (vitest ${describeExit(result)} with no failing test, counted as 1 failed)`;
  }
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return `${failed ? 'FAILED' : 'passed'}: ${counts}${note}`;
}

async function vitestStep(title, args, env) {
  const started = header(title);
  if (interrupted) {
    footer(title, started, `not run (${interrupted})`);
    return;
  }
  footer(title, started, await vitestRun(title, args, env));
}

function redact(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = '***';
    }
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function countFiles(dir, suffix) {
  if (!existsSync(dir)) {
    return 0;
  }
  return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith(suffix)).length;
}

async function main() {
  log(`Node.js ${process.version} (${process.execPath})`);
  const withoutServerDb = { ...process.env };
  delete withoutServerDb.TEST_DATABASE_URL;

  await commandStep('Lint (eslint + prettier --check)', 'npm', ['run', 'lint']);
  await commandStep('Typecheck (tsc --noEmit)', 'npm', ['run', 'typecheck']);
  await vitestStep('Unit + API tests on PGlite', ['--project', 'unit', '--project', 'api'], withoutServerDb);

  const serverTitle = 'API tests on PostgreSQL server';
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const started = header(`${serverTitle} (${redact(serverUrl)})`);
    if (interrupted) {
      footer(serverTitle, started, `not run (${interrupted})`);
    } else {
      footer(serverTitle, started, await vitestRun(serverTitle, ['--project', 'api'], process.env));
    }
  } else {
    const started = header(serverTitle);
    if (interrupted) {
      footer(serverTitle, started, `not run (${interrupted})`);
    } else {
      skip(
        serverTitle,
        started,
        'API suite on PostgreSQL server (set TEST_DATABASE_URL=postgres://… to run it)',
      );
    }
  }

  const e2eTitle = 'Browser journeys (web build + e2e)';
  const started = header(e2eTitle);
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (interrupted) {
    footer(e2eTitle, started, `not run (${interrupted})`);
  } else if (!existsSync(chromium)) {
    const where = process.env.CHROMIUM_PATH ? ` at CHROMIUM_PATH=${chromium}` : '';
    skip(e2eTitle, started, `browser journeys (chromium not installed${where}; apt-get install chromium)`);
  } else {
    const build = await run(process.execPath, ['scripts/build.mjs', 'web']);
    if (build.status !== 0) {
      totals.failed += 1;
      footer(
        e2eTitle,
        started,
        `FAILED: web build (${describeExit(build)}), e2e not run, counted as 1 failed`,
      );
    } else if (interrupted) {
      footer(e2eTitle, started, `not run (${interrupted})`);
    } else {
      const files = countFiles('e2e', '.e2e.ts');
      if (files === 0) {
        log(
          'NOTE: no browser journeys yet (no e2e/**/*.e2e.ts files); the e2e project passes with no tests.',
        );
      }
      const outcome = await vitestRun(e2eTitle, ['--project', 'e2e', '--passWithNoTests'], {
        ...withoutServerDb,
        CHROMIUM_PATH: chromium,
      });
      footer(e2eTitle, started, files === 0 ? `${outcome} (no e2e files yet)` : outcome);
    }
  }
}

const began = Date.now();
let crash = null;
try {
  await main();
} catch (error) {
  crash = error;
  totals.failed += 1;
} finally {
  rmSync(reportDir, { recursive: true, force: true });
}

log();
log(`==> Summary (${seconds(Date.now() - began)} in all)`);
for (const { title, outcome, elapsed } of recap) {
  log(`  ${title.padEnd(40)} ${seconds(elapsed).padStart(7)}  ${outcome}`);
}
const shownFailures = 30;
// CI shows only the tail: a few failures get their diff, many get one line each.
const failureWidth = failures.length <= 3 ? 2000 : 400;
for (const failure of failures.slice(0, shownFailures)) {
  log(`  ✗ ${failure.slice(0, failureWidth)}`);
}
if (failures.length > shownFailures) {
  log(`  … and ${failures.length - shownFailures} more failed tests (listed above)`);
}
if (crash) {
  log(`  test runner crashed: ${crash.stack ?? crash}`);
}
if (interrupted) {
  log(`  interrupted by ${interrupted}; the remaining steps did not run`);
  totals.failed += 1;
}
log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
const signalCodes = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
process.exitCode = interrupted ? signalCodes[interrupted] : totals.failed > 0 ? 1 : 0;
