// The fuzz suite at bench scale: FUZZ_CASES generated requests (default 10,000) over every OpenAPI
// operation, on in-memory PGlite or, with TEST_DATABASE_URL, on PostgreSQL. Not a test: prints the
// answer counts by status and any failure for docs/performance.md. Run: npx tsx bench/fuzz.ts
import { performance } from 'node:perf_hooks';
import { seedDemoPlan } from '../server/features/plans/demo.js';
import { runFuzz } from '../server/test/fuzz/run.js';
import { createTestContext } from '../server/test/harness.js';

const cases = Number(process.env.FUZZ_CASES ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1_000_000_000);

const context = await createTestContext({ loginRateLimitPerMinute: 1_000_000 });
await seedDemoPlan(context.database);
const start = performance.now();
const report = await runFuzz(context, { cases, seed });
const seconds = (performance.now() - start) / 1000;
await context.close();

const serverErrors = Object.entries(report.byStatus)
  .filter(([status]) => status.startsWith('5'))
  .reduce((sum, [, count]) => sum + count, 0);
console.info(
  `fuzz: ${report.cases} cases over ${report.operations} operations, seed ${seed}, ` +
    `${process.env.TEST_DATABASE_URL ? 'PostgreSQL' : 'PGlite'}, ${seconds.toFixed(0)} s`,
);
console.info(`answers by status: ${JSON.stringify(report.byStatus)}`);
console.info(`5xx: ${serverErrors}; failures (5xx, non-problem errors, leaks): ${report.failures.length}`);
for (const failure of report.failures) {
  console.info(`  ${failure}`);
}
process.exitCode = report.failures.length > 0 ? 1 : 0;
