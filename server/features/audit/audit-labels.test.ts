import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createNeedVia, signInAll } from '../../test/factories.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [admin, planner] = await signInAll(context, ['admin', 'planner.korat']);
});
afterAll(() => context.close());

type AuditList = { items: { entityId: string; entityLabel: string | null; action: string }[] };

describe('audit trail labels', () => {
  it('names a need by its reference number, a user by username and an area by name, not by id', async () => {
    const need = await createNeedVia(planner, { areaCode: '3001' });
    const needEvents = (
      await admin.request('GET', `/api/v1/audit?entityType=need&entityId=${need.id}`)
    ).json();
    expect((needEvents as AuditList).items[0]).toMatchObject({
      action: 'create',
      entityLabel: need.referenceNo,
    });

    const logins = (await admin.request('GET', '/api/v1/audit?entityType=user&limit=50')).json() as AuditList;
    expect(logins.items.map((item) => item.entityLabel)).toContain('planner.korat');

    const renamed = await admin.request('POST', '/api/v1/areas', {
      body: { code: '30010199', nameTh: 'บ้านป้ายชื่อ' },
    });
    expect(renamed.statusCode).toBe(201);
    const areaEvents = (await admin.request('GET', '/api/v1/audit?entityType=area&entityId=30010199')).json();
    expect((areaEvents as AuditList).items[0]?.entityLabel).toBe('บ้านป้ายชื่อ');
  });
});
