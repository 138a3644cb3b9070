import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { actorOf, expectStatus, projectBody } from '../../test/factories.js';

let context: TestContext;
const ids: Record<string, string> = {};
const TITLE = 'ขุดลอกคลองส่งน้ำสายหนองบัว';
beforeAll(async () => {
  context = await createTestContext();
  const korat = await context.signIn('planner.korat');
  const chiangMai = await context.signIn('planner.chiangmai');
  ids.korat = (await expectStatus(korat, 201, 'POST', '/api/v1/projects', projectBody({ title: TITLE }))).id;
  ids.old = (
    await expectStatus(
      korat,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ title: TITLE, fiscalYear: 2565 }),
    )
  ).id;
  ids.chiangMai = (
    await expectStatus(
      chiangMai,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ title: TITLE, provinceCode: '50', locations: [{ areaCode: '500101' }] }),
    )
  ).id;
});
afterAll(() => context.close());

/** The candidates project_similar_candidates returns to a user for the title in FY2567–2569. */
async function candidatesFor(username: string, exclude: string | null = null) {
  const actor = await actorOf(context, username);
  const rows = await inActorTransaction(context.database, actor, (tx) =>
    selectRows<{ id: string; title_similarity: number }>(
      tx,
      sql`select * from project_similar_candidates(${TITLE}, 2567, 2569, ${exclude}::uuid, 10)`,
    ),
  );
  return rows;
}

describe('project_similar_candidates (security definer) keeps the projects wall', () => {
  it('answers a planner from the own province only, within the fiscal years, with the similarity', async () => {
    const rows = await candidatesFor('planner.korat');
    expect(rows.map((row) => row.id)).toEqual([ids.korat]);
    expect(rows[0]?.title_similarity).toBe(1);
    expect(await candidatesFor('planner.korat', ids.korat ?? null)).toEqual([]);
  });

  it('answers a national reader from every province', async () => {
    const rows = await candidatesFor('analyst');
    expect(rows.map((row) => row.id).sort()).toEqual([ids.korat, ids.chiangMai].sort());
  });
});
