import { ifMatch } from '../../test/factories.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  admin = await context.signIn('admin');
  planner = await context.signIn('planner.korat');
});
afterAll(() => context.close());

const newUser = {
  username: 'planner.buriram',
  displayName: 'นักวิเคราะห์แผน บุรีรัมย์',
  password: 'long-enough-password',
  roles: ['provincial_planner'],
  captureScope: ['31'],
  viewScope: ['31'],
};

describe('user administration', () => {
  it('creates a user with a role and scopes who can then sign in', async () => {
    const response = await admin.request('POST', '/api/v1/users', { body: newUser });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: 'planner.buriram',
      roles: ['provincial_planner'],
      captureScope: ['31'],
    });
    expect(response.json()).not.toHaveProperty('passwordHash');
    const client = await context.signIn('planner.buriram', 'long-enough-password');
    const me = (await client.request('GET', '/api/v1/auth/me')).json();
    expect(me.user.viewScope).toEqual(['31']);
  });

  it('refuses a taken username with 409', async () => {
    const response = await admin.request('POST', '/api/v1/users', { body: newUser });
    expect(response.statusCode).toBe(409);
  });

  it('refuses unknown scope areas and short passwords with field messages', async () => {
    const response = await admin.request('POST', '/api/v1/users', {
      body: { ...newUser, username: 'someone.else', password: 'short', captureScope: ['9999'] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      path: 'password',
      message: { th: 'รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร' },
    });
    const unknownArea = await admin.request('POST', '/api/v1/users', {
      body: { ...newUser, username: 'someone.else', captureScope: ['9999'] },
    });
    expect(unknownArea.statusCode).toBe(400);
    expect(unknownArea.json().errors[0]).toMatchObject({ path: 'captureScope' });
  });

  it('audits role and scope changes with the reason, and ends the user’s sessions', async () => {
    const list = (await admin.request('GET', '/api/v1/users?q=buriram')).json();
    const user = list.items[0];
    const client = await context.signIn('planner.buriram', 'long-enough-password');
    const response = await admin.request('PATCH', `/api/v1/users/${user.id}`, {
      body: { roles: ['provincial_head'], captureScope: ['31', '32'], reason: 'ย้ายตำแหน่ง' },
      headers: ifMatch(user.version),
    });
    expect(response.statusCode).toBe(200);
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
    const audit = (await admin.request('GET', `/api/v1/audit?entityType=user&entityId=${user.id}`)).json();
    const update = audit.items.find((event: { action: string }) => event.action === 'update');
    expect(update.reason).toBe('ย้ายตำแหน่ง');
    expect(update.changes.roles).toEqual([['provincial_planner'], ['provincial_head']]);
    expect(update.changes.captureScope).toEqual([['31'], ['31', '32']]);
    const byUser = (await admin.request('GET', `/api/v1/audit?actorUserId=${update.actorUserId}`)).json();
    expect(byUser.total).toBeGreaterThan(0);
  });

  it('keeps roles and scopes when a patch names only the display name', async () => {
    const [user] = (await admin.request('GET', '/api/v1/users?q=buriram')).json().items;
    const response = await admin.request('PATCH', `/api/v1/users/${user.id}`, {
      body: { displayName: 'หัวหน้า บุรีรัมย์' },
      headers: ifMatch(user.version),
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ captureScope: user.captureScope, viewScope: user.viewScope });
    expect(response.json().captureScope.length).toBeGreaterThan(0);
  });

  it('expands a cluster scope to its member provinces', async () => {
    const cluster = await context.signIn('cluster.nelower1');
    const agencies = (await cluster.request('GET', '/api/v1/agencies?kind=provincial_office')).json();
    expect(agencies.items.map((agency: { provinceCode: string }) => agency.provinceCode).sort()).toEqual([
      '30',
      '31',
      '32',
      '36',
    ]);
  });

  it('forbids non-administrators from reading or managing users', async () => {
    expect((await planner.request('GET', '/api/v1/users')).statusCode).toBe(403);
    expect(
      (await planner.request('POST', '/api/v1/users', { body: { ...newUser, username: 'x.y.z' } }))
        .statusCode,
    ).toBe(403);
  });

  it('lets a provincial head read only the own province in the audit trail', async () => {
    const agency = { nameTh: 'สำนักงานเกษตรจังหวัด', kind: 'line_agency' };
    for (const areaCode of ['3001', '3101']) {
      expect(
        (await admin.request('POST', '/api/v1/agencies', { body: { ...agency, areaCode } })).statusCode,
      ).toBe(201);
    }
    const head = await context.signIn('head.korat');
    const events = (await head.request('GET', '/api/v1/audit?limit=500')).json();
    expect(events.items.length).toBeGreaterThan(0);
    const provinces = new Set(
      events.items.map((event: { provinceCode: string | null }) => event.provinceCode),
    );
    expect([...provinces]).toEqual(['30']);
    const userEvents = (await head.request('GET', '/api/v1/audit?entityType=user&limit=500')).json();
    expect(userEvents.total).toBe(0);
  });
});
