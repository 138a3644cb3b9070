import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { seedDemoIndicators } from './demo.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
}, 300_000);
afterAll(() => context.close());

const counts = () =>
  selectRows<{ villages: number; figures: number; years: number; rollups: number }>(
    context.database.db,
    sql`select (select count(*)::int from areas where level = 'village' and is_demo and province_code = '30') as villages,
               (select count(*)::int from indicator_values where province_code = '30') as figures,
               (select count(distinct year)::int from indicator_values where province_code = '30') as years,
               (select count(*)::int from indicator_rollups where province_code = '30' and level = 'subdistrict') as rollups`,
  );

describe('demo indicators', () => {
  it('gives every demo village of province 30 three years of figures, rolled up, and does it once', async () => {
    await seedDemoIndicators(context.database);
    const [first] = await counts();
    expect(first?.villages).toBeGreaterThan(2000);
    expect(first?.years).toBe(3);
    expect(first?.figures).toBe((first?.villages ?? 0) * 10 * 3 + 3);
    expect(first?.rollups).toBeGreaterThan(0);
    await seedDemoIndicators(context.database);
    expect(await counts()).toEqual([first]);
  });
});
