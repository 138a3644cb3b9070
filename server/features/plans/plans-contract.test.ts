import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../../domain/auth/policy.js';
import { loadActor } from '../../platform/auth/actor.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoPlan } from './demo.js';
import { getVersionDiff } from './review-service.js';
import { getPlan, listPlans } from './service.js';
import { getItem } from './item-service.js';
import { getVersionTree } from './version-service.js';

// Responses are serialised through their zod schemas, which drop any field they do not name: what the
// services return and what a client receives must be the same, dates and satang strings included.
let context: TestContext;
let planner: TestClient;
let actor: Actor;
let ids: { planId: string; originalId: string; reviewId: string };
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  const me = await planner.request('GET', '/api/v1/auth/me');
  actor = await loadActor(context.database.db, (me.json() as { user: { id: string } }).user.id);
  const seeded = await seedDemoPlan(context.database);
  if (!seeded) {
    throw new Error('demo plan not seeded');
  }
  ids = seeded;
});
afterAll(() => context.close());

const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

async function served(url: string): Promise<unknown> {
  const response = await planner.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('plans responses through their schemas', () => {
  it('serve the whole version tree exactly as the service builds it', async () => {
    const deps = { database: context.database };
    const tree = await getVersionTree(deps, actor, ids.originalId);
    expect(await served(`/api/v1/plan-versions/${ids.originalId}/tree`)).toEqual(asJson(tree));
    expect(tree.version.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const item = tree.issues[0]?.approaches[0]?.items[0];
    expect(item?.totalSatang).toMatch(/^\d+$/);
    expect(await served(`/api/v1/plan-items/${item?.id}`)).toEqual(
      asJson(await getItem(deps, actor, item?.id ?? '')),
    );
  });

  it('serve the plan, the plan list and the review diff as the services build them', async () => {
    const deps = { database: context.database };
    expect(await served(`/api/v1/plans/${ids.planId}`)).toEqual(
      asJson(await getPlan(deps, actor, ids.planId)),
    );
    expect(await served('/api/v1/plans?limit=5')).toEqual(
      asJson(await listPlans(deps, actor, { limit: 5, offset: 0 })),
    );
    expect(await served(`/api/v1/plan-versions/${ids.reviewId}/diff`)).toEqual(
      asJson(await getVersionDiff(deps, actor, ids.reviewId)),
    );
  });

  it('rejects a query parameter the list does not know with a bilingual 400', async () => {
    const response = await planner.request('GET', '/api/v1/plans?province=30');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().messages.th).toBeTruthy();
  });
});
