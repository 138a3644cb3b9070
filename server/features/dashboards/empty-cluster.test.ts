import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Home } from '../../../domain/dashboards/home.js';
import { createNeedVia, createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { clusters, regions } from '../areas/tables.js';

/**
 * A cluster with no member provinces (a new cluster before its members are named): its officer's
 * scope resolves to no province at all, which must read as "nothing", never as "no limit".
 */
let context: TestContext;
let korat: TestClient;
let lonely: TestClient;
let emptyClusterId: number;

beforeAll(async () => {
  context = await createTestContext();
  const [admin, planner] = await signInAll(context, ['admin', 'planner.korat'] as const);
  korat = planner;
  const [region] = await context.database.db.select({ id: regions.id }).from(regions).limit(1);
  const [cluster] = await context.database.db
    .insert(clusters)
    .values({ regionId: region?.id ?? '', nameTh: 'กลุ่มจังหวัดทดสอบ (ยังไม่มีสมาชิก)', sortOrder: 99 })
    .returning({ id: clusters.id });
  emptyClusterId = cluster?.id ?? 0;
  const created = await admin.request('POST', '/api/v1/users', {
    body: {
      username: 'cluster.empty',
      displayName: 'เจ้าหน้าที่กลุ่มจังหวัดที่ยังไม่มีสมาชิก',
      password: 'long-enough-password',
      roles: ['cluster_officer'],
      captureScope: [`cluster:${emptyClusterId}`],
      viewScope: [`cluster:${emptyClusterId}`],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  lonely = await context.signIn('cluster.empty', 'long-enough-password');
  // Something in a province, so "everything" would not be empty.
  await createProjectAt(context, korat, 'allocated');
  await createNeedVia(korat);
}, 600_000);
afterAll(() => context.close());

const get = (client: TestClient, url: string) => client.request('GET', `/api/v1${url}`);

describe('a cluster without member provinces', () => {
  it('shows its officer no province’s records in any list, and answers without a server error', async () => {
    for (const url of [
      '/needs',
      '/projects',
      '/plans',
      '/action-plans',
      '/assets',
      '/committees',
      '/households',
      '/audit',
    ]) {
      const response = await get(lonely, url);
      expect(response.statusCode, `${url}: ${response.body}`).toBeLessThan(500);
      if (response.statusCode === 200) {
        expect({ url, items: (response.json() as { items: unknown[] }).items }).toEqual({ url, items: [] });
      }
    }
    const ownProjects = (await get(korat, '/projects')).json() as { items: unknown[] };
    expect(ownProjects.items.length).toBeGreaterThan(0);
  });

  it('gives its officer an empty home and no drill-down unit, and no one else the empty cluster', async () => {
    const home = await get(lonely, '/dashboards/home?fiscalYear=2569');
    expect(home.statusCode, home.body).toBe(200);
    expect(home.json() as Home).toMatchObject({ areaCode: null, items: [] });
    for (const query of ['', `&level=cluster&code=${emptyClusterId}`, '&level=province&code=30']) {
      const response = await get(lonely, `/dashboards/overview?fiscalYear=2569${query}`);
      expect({ query, status: response.statusCode }).toEqual({ query, status: 403 });
    }
    // No member to check against must not mean that anyone may look.
    const other = await get(
      korat,
      `/dashboards/overview?fiscalYear=2569&level=cluster&code=${emptyClusterId}`,
    );
    expect(other.statusCode).toBe(403);
  });
});
