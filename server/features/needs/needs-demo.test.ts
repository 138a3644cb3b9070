import { count, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { seedDemoNeeds } from './demo.js';
import { needs, needSources } from './tables.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

describe('demo needs', () => {
  it('date no source document after today', async () => {
    expect(await seedDemoNeeds(context.database)).toBeGreaterThan(0);
    const today = toBangkokIsoDate(new Date());
    const [latest] = await context.database.db.select({ value: max(needs.sourceDate) }).from(needs);
    expect(latest?.value ?? '').not.toBe('');
    expect((latest?.value ?? '') <= today).toBe(true);
    const [future] = await context.database.db
      .select({ value: count() })
      .from(needSources)
      .where(gt(needSources.sourceDate, today));
    expect(future?.value).toBe(0);
  });
});
