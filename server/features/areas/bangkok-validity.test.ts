import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { provincesOfGroups } from './scope-groups.js';
import { assertCurrentArea } from './validity.js';

// A district and a cluster membership whose last valid day is 31 May 2030 (Thai calendar date).
const LAST_DAY = '2030-05-31';
const BEFORE_MIDNIGHT_BANGKOK = new Date('2030-05-31T16:59:00Z');
const AFTER_MIDNIGHT_BANGKOK = new Date('2030-05-31T17:01:00Z'); // still 31 May in UTC

let context: TestContext;
let clusterId = 0;
beforeAll(async () => {
  context = await createTestContext();
  await context.database.db.execute(
    sql`insert into areas (code, level, parent_code, province_code, name_th, valid_to)
        values ('3099', 'district', '30', '30', 'อำเภอทดสอบ', ${LAST_DAY})`,
  );
  const [cluster] = await selectRows<{ id: number }>(
    context.database.db,
    sql`insert into clusters (region_id, name_th, sort_order) values ('north', 'กลุ่มทดสอบ', 99) returning id`,
  );
  clusterId = cluster?.id ?? 0;
  await context.database.db.execute(
    sql`insert into cluster_memberships (cluster_id, province_code, valid_from, valid_to)
        values (${clusterId}, '50', '2020-01-01', ${LAST_DAY})`,
  );
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => context.close());

/** Runs `work` with the clock at `now`; only Date is faked so database I/O keeps its timers. */
async function at<T>(now: Date, work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  return work();
}

describe('validity dates follow the calendar in Bangkok, not the database session', () => {
  it('keeps an area open until midnight in Bangkok on its last day, then closes it', async () => {
    await expect(
      at(BEFORE_MIDNIGHT_BANGKOK, () => assertCurrentArea(context.database.db, '3099')),
    ).resolves.toBeUndefined();
    await expect(
      at(AFTER_MIDNIGHT_BANGKOK, () => assertCurrentArea(context.database.db, '3099')),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('drops a cluster member from cluster scopes after midnight in Bangkok on its last day', async () => {
    const groups = { clusterIds: [clusterId], regionIds: [] };
    expect(await at(BEFORE_MIDNIGHT_BANGKOK, () => provincesOfGroups(context.database.db, groups))).toEqual([
      '50',
    ]);
    expect(await at(AFTER_MIDNIGHT_BANGKOK, () => provincesOfGroups(context.database.db, groups))).toEqual(
      [],
    );
  });
});
