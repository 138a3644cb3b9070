import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset, AssetCheck, AssetDetail } from '../../../domain/assets/asset-response.js';
import { TINY_PNG } from '../../../domain/results/test-fixtures.js';
import { auditEvents } from '../../platform/audit/tables.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { ifMatch } from '../../test/factories.js';
import type { TestClient, TestContext } from '../../test/harness.js';
import { statementsWaitingOnALock } from '../../test/lock-wait.js';
import { multipartFile } from '../../test/multipart.js';
import { assetChecks } from './check-tables.js';
import { openAssetCheckTest } from './test-asset.js';

/** A yearly check corrected and withdrawn under If-Match, within the asset's scope, audited. */
let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let auditor: TestClient;
let asset: Asset;
beforeAll(async () => {
  ({ context, korat, chiangmai, auditor, asset } = await openAssetCheckTest({
    description: 'เครื่องกำเนิดไฟฟ้า',
  }));
}, 300_000);
afterAll(() => context.close());

const detail = async () => (await korat.request('GET', `/api/v1/assets/${asset.id}`)).json() as AssetDetail;
const record = async (body: object) => {
  const response = await korat.request('POST', `/api/v1/assets/${asset.id}/checks`, { body });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as AssetDetail).checks;
};
const patch = (client: TestClient, check: AssetCheck, body: object, version = check.version) =>
  client.request('PATCH', `/api/v1/asset-checks/${check.id}`, { body, headers: ifMatch(version) });
const withdraw = (client: TestClient, check: AssetCheck, version = check.version) =>
  client.request('DELETE', `/api/v1/asset-checks/${check.id}`, { headers: ifMatch(version) });
const fileCount = async () =>
  (await context.database.db.select({ id: storedFiles.id }).from(storedFiles)).length;
const auditOf = (action: string) =>
  context.database.db
    .select({ changes: auditEvents.changes })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'asset_check'), eq(auditEvents.action, action)));

describe('correcting and withdrawing a yearly check', () => {
  let earlier: AssetCheck;
  let latest: AssetCheck;

  it('corrects a check under If-Match, and the asset follows its latest check', async () => {
    await record({ checkedOn: '2025-06-01', condition: 'good', inUse: true });
    [earlier, latest] = (await record({ checkedOn: '2025-11-01', condition: 'fair', inUse: true })) as [
      AssetCheck,
      AssetCheck,
    ];
    const corrected = await patch(korat, latest, { condition: 'poor', note: 'มอเตอร์ชำรุด' });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.headers.etag).toBe('"2"');
    expect(corrected.json()).toMatchObject({
      condition: 'poor',
      inUse: true,
      note: 'มอเตอร์ชำรุด',
      version: 2,
    });
    expect(await detail()).toMatchObject({ condition: 'poor', lastCheckedOn: '2025-11-01' });
    const [audited] = await auditOf('update');
    expect(audited?.changes).toMatchObject({ condition: ['fair', 'poor'], note: [null, 'มอเตอร์ชำรุด'] });
    latest = corrected.json() as AssetCheck;
  });

  it('refuses a stale or missing version, a future date and a date before handover, saving nothing', async () => {
    expect((await patch(korat, latest, { condition: 'good' }, 1)).statusCode).toBe(412);
    const unversioned = await korat.request('PATCH', `/api/v1/asset-checks/${latest.id}`, {
      body: { condition: 'good' },
    });
    expect(unversioned.statusCode).toBe(428);
    expect((await patch(korat, latest, { checkedOn: '2999-01-01' })).statusCode).toBe(409);
    expect((await patch(korat, latest, { checkedOn: '2024-12-31' })).statusCode).toBe(409);
    expect((await patch(korat, latest, { condition: 'broken' })).statusCode).toBe(400);
    expect(await detail()).toMatchObject({ condition: 'poor', lastCheckedOn: '2025-11-01' });
  });

  it('lets only a manager within the asset’s scope correct or withdraw it', async () => {
    expect((await patch(chiangmai, latest, { condition: 'good' })).statusCode).toBe(404);
    expect((await withdraw(chiangmai, latest)).statusCode).toBe(404);
    expect((await patch(auditor, latest, { condition: 'good' })).statusCode).toBe(403);
    expect((await withdraw(auditor, latest)).statusCode).toBe(403);
    expect((await detail()).checks.map((check) => check.version)).toEqual([1, 2]);
  });

  it('moving an older check past the latest makes it the one the asset shows', async () => {
    const moved = await patch(korat, earlier, { checkedOn: '2025-12-01' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await detail()).toMatchObject({ condition: 'good', lastCheckedOn: '2025-12-01' });
    earlier = moved.json() as AssetCheck;
  });

  it('withdraws a check with its photo, and the asset falls back to the check before', async () => {
    const photographed = await korat.request(
      'POST',
      `/api/v1/assets/${asset.id}/checks/photo?checkedOn=2026-01-10&condition=fair&inUse=false`,
      multipartFile('check.png', Buffer.from(TINY_PNG)),
    );
    expect(photographed.statusCode, photographed.body).toBe(201);
    const newest = (photographed.json() as AssetDetail).checks.at(-1) as AssetCheck;
    const filesBefore = await fileCount();
    expect((await withdraw(korat, newest, 2)).statusCode).toBe(412);
    const gone = await withdraw(korat, newest);
    expect(gone.statusCode, gone.body).toBe(204);
    expect(await detail()).toMatchObject({ condition: 'good', lastCheckedOn: '2025-12-01' });
    const photo = await korat.request('GET', `/api/v1/assets/${asset.id}/checks/${newest.id}/photo`);
    expect(photo.statusCode).toBe(404);
    expect(await fileCount()).toBe(filesBefore - 2);
    const [audited] = await auditOf('delete');
    expect(audited?.changes).toMatchObject({ checkedOn: ['2026-01-10', null], condition: ['fair', null] });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'refuses a withdrawal whose check was corrected while it waited, and keeps the check',
    async () => {
      const [check] = (await detail()).checks as [AssetCheck];
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      let corrected = () => {};
      const underway = new Promise<void>((resolve) => (corrected = resolve));
      const correction = context.database.db.transaction(async (tx) => {
        await tx
          .update(assetChecks)
          .set({ version: check.version + 1 })
          .where(eq(assetChecks.id, check.id));
        corrected();
        await held;
      });
      await Promise.race([underway, correction]);
      const withdrawal = withdraw(korat, check);
      const waiting = await statementsWaitingOnALock(context.database.db).finally(release);
      expect(waiting).toBe(1);
      await correction;
      const answer = await withdrawal;
      expect(answer.statusCode, answer.body).toBe(412);
      expect(answer.json()).toMatchObject({ currentVersion: check.version + 1 });
      expect((await detail()).checks.map((kept) => kept.id)).toContain(check.id);
    },
  );

  it('with no check left the asset is due again from its handover', async () => {
    for (const check of (await detail()).checks) {
      expect((await withdraw(korat, check)).statusCode).toBe(204);
    }
    expect(await detail()).toMatchObject({ checks: [], lastCheckedOn: null });
    expect((await withdraw(korat, earlier)).statusCode).toBe(404);
  });
});
