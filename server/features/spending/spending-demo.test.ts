import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ForecastError } from '../../../domain/spending/forecast-backtest.js';
import type { SpendingSummary, Warning } from '../../../domain/spending/spending-response.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { DEMO_REPORTED_THROUGH, seedDemoSpending } from './demo.js';
import { carryOvers, spendingActuals } from './tables.js';
import { seedSpendingDemoChain } from './test-projects.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai] = await signInAll(context, ['planner.korat', 'planner.chiangmai'] as const);
});
afterAll(() => context.close());

async function warnings(client: TestClient, fiscalYear: number): Promise<Warning[]> {
  const response = await client.request(
    'GET',
    `/api/v1/spending/warnings?fiscalYear=${fiscalYear}&limit=200`,
  );
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: Warning[] }).items;
}

describe('demo spending', () => {
  it('seeds FY2568 closed with carry-over and FY2569 with on-track, late and at-risk projects, once', async () => {
    const plans = await seedSpendingDemoChain(context);
    expect(plans).toBeGreaterThan(60);
    expect(await seedDemoSpending(context.database)).toBe(0);
    const found = await warnings(korat, 2569);
    const statuses = new Set(found.map((warning) => warning.status));
    expect(statuses).toEqual(new Set(['late', 'at_risk']));
    expect(found.some((warning) => warning.reasons.includes('no_contract_after_cutoff'))).toBe(true);
    expect(found.length).toBeLessThan(plans / 2);
    expect(await warnings(chiangmai, 2569)).toEqual([]);
  });

  it('keeps the province summary equal to its rows and carry-over apart from the year’s own money', async () => {
    const response = await korat.request(
      'GET',
      '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30',
    );
    const summary = response.json() as SpendingSummary;
    const overall = summary.classes.find((entry) => entry.budgetClass === 'overall');
    const reported = overall?.months[DEMO_REPORTED_THROUGH - 1];
    const [sums] = await context.database.db
      .select({
        budget: sql<string>`coalesce(sum(${spendingActuals.disbursedSatang}) filter (where ${spendingActuals.funds} = 'budget'), 0)::text`,
        carried: sql<string>`coalesce(sum(${spendingActuals.disbursedSatang}) filter (where ${spendingActuals.funds} = 'carry_over'), 0)::text`,
      })
      .from(spendingActuals)
      .where(
        sql`${spendingActuals.fiscalYear} = 2569 and ${spendingActuals.provinceCode} = '30' and ${spendingActuals.clusterId} is null`,
      );
    expect(reported?.disbursedCumSatang).toBe(sums?.budget);
    expect(reported?.carryOverDisbursedCumSatang).toBe(sums?.carried);
    expect(BigInt(sums?.carried ?? '0')).toBeGreaterThan(0n);
    const carried = await context.database.db
      .select()
      .from(carryOvers)
      .where(eq(carryOvers.fromFiscalYear, 2568));
    expect(carried.length).toBeGreaterThan(0);
    expect(reported?.disbursedPct).toBeGreaterThan(0);
  });

  it('measures the forecast’s error on the closed FY2568 history', async () => {
    const response = await korat.request('GET', '/api/v1/spending/forecast-error?fiscalYear=2568');
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as ForecastError;
    expect(result.projects).toBeGreaterThan(10);
    expect(result.months).toHaveLength(11);
    expect(result.meanMapePct).not.toBeNull();
    const none = (await chiangmai.request('GET', '/api/v1/spending/forecast-error?fiscalYear=2568')).json();
    expect(none).toMatchObject({ projects: 0, meanMapePct: null });
  });
});
