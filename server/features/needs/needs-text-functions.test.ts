import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { actorOf, createNeedVia, signInAll, type CreatedNeed } from '../../test/factories.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';

let context: TestContext;
let korat: CreatedNeed;
let chiangMai: CreatedNeed;
beforeAll(async () => {
  context = await createTestContext();
  const [planner, northern] = await signInAll(context, ['planner.korat', 'planner.chiangmai']);
  korat = await createNeedVia(planner, { areaCode: '300101', title: 'ถนนลูกรังชำรุดหนัก' });
  chiangMai = await createNeedVia(northern, { areaCode: '500101', title: 'ถนนลูกรังชำรุดหนัก' });
});
afterAll(() => context.close());

/** Runs a statement as a planner under row-level security. */
async function asPlanner<T>(query: ReturnType<typeof sql>, username = 'planner.korat') {
  const actor = await actorOf(context, username);
  return inActorTransaction(context.database, actor, (tx) => selectRows<T>(tx, query));
}

describe('the security-definer text functions keep the province wall', () => {
  it('finds similar-need candidates in a province of the scope, with their title similarity', async () => {
    const rows = await asPlanner<{ id: string; title_similarity: number }>(
      sql`select * from need_similar_candidates('30', 'ถนนลูกรังชำรุด', null, null, 10)`,
    );
    expect(rows.map((row) => row.id)).toEqual([korat.id]);
    expect(rows[0]?.title_similarity).toBeGreaterThan(0.3);
    const excluded = await asPlanner<{ id: string }>(
      sql`select id from need_similar_candidates('30', 'ถนนลูกรังชำรุด', null, ${korat.id}::uuid, 10)`,
    );
    expect(excluded).toEqual([]);
  });

  it('answers nothing for a province outside the scope although a need there matches', async () => {
    const byTitle = await asPlanner<{ id: string }>(
      sql`select id from need_similar_candidates('50', 'ถนนลูกรังชำรุด', '''ถนน''', null, 10)`,
    );
    expect(byTitle).toEqual([]);
    const northern = await asPlanner<{ id: string }>(
      sql`select id from need_similar_candidates('50', 'ถนนลูกรังชำรุด', '''ถนน''', null, 10)`,
      'planner.chiangmai',
    );
    expect(northern.map((row) => row.id)).toEqual([chiangMai.id]);
  });

  it('keeps text search ids inside the scope', async () => {
    const [row] = await asPlanner<{ ids: string[] }>(
      sql`select need_text_match_ids(null, '%ลูกรังชำรุดหนัก%', 'X', 1000) as ids`,
    );
    expect(row?.ids).toEqual([korat.id]);
  });
});
