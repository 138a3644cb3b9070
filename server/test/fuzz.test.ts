import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoPlan } from '../features/plans/demo.js';
import { createTestContext, type TestContext } from './harness.js';
import { runFuzz } from './fuzz/run.js';

// Thousands in the test run; `bench/fuzz.ts` runs many more. FUZZ_CASES / FUZZ_SEED change them.
const CASES = Number(process.env.FUZZ_CASES ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20260101);

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext({ loginRateLimitPerMinute: 1_000_000 });
  await seedDemoPlan(context.database);
});
afterAll(() => context.close());

describe('fuzzing every OpenAPI operation', () => {
  it(`answers ${CASES} generated requests without a 5xx, each error as problem+json, nothing internal leaked`, async () => {
    const report = await runFuzz(context, { cases: CASES, seed: SEED });
    expect(report.failures).toEqual([]);
    expect(report.cases).toBe(CASES);
    // The cases must reach past validation too, or the suite would only test the schemas.
    const successes = Object.entries(report.byStatus)
      .filter(([status]) => status.startsWith('2'))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(successes).toBeGreaterThan(CASES / 20);
  }, 1_800_000);
});
