import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidNationalId } from '../../../domain/households/national-id.js';
import { loadConfig } from '../../platform/config.js';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { seedDemoHouseholds } from './demo.js';
import { sealerOf } from './sealing.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
}, 120_000);
afterAll(() => context.close());

describe('demo household cases', () => {
  it('seeds about 300 labelled cases in province 30 whose id numbers are all clearly fake', async () => {
    expect(await seedDemoHouseholds(context.database)).toBe(300);
    expect(await seedDemoHouseholds(context.database)).toBe(0);
    const [cases] = await selectRows<{ total: number; demo: number; elsewhere: number }>(
      context.database.db,
      sql`select count(*)::int as total, count(*) filter (where is_demo)::int as demo,
        count(*) filter (where province_code <> '30')::int as elsewhere from households`,
    );
    expect(cases).toEqual({ total: 300, demo: 300, elsewhere: 0 });
    const sealer = sealerOf(loadConfig({}));
    const members = await selectRows<{ subject_id: string; sealed: Uint8Array }>(
      context.database.db,
      sql`select subject_id, sealed from household_secrets where kind = 'member'`,
    );
    expect(members.length).toBeGreaterThan(300);
    for (const member of members) {
      const { nationalId, lastName } = sealer.open(member.subject_id, Buffer.from(member.sealed));
      expect(nationalId).toMatch(/^0\d{12}$/);
      expect(isValidNationalId(nationalId ?? '')).toBe(false);
      expect(lastName).toContain('ตัวอย่าง');
    }
    const planner = await context.signIn('planner.korat');
    const counts = (await planner.request('GET', '/api/v1/household-counts?provinceCode=30')).json() as {
      candidates: unknown[];
    };
    expect(counts.candidates.length).toBeGreaterThan(0);
  });
});
