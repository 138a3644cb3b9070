import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { seedDemoPlan } from '../plans/demo.js';
import { describeNeeds, linkNeedsToEntity } from './service.js';
import {
  actorOf,
  createNeedVia,
  fieldErrors,
  type CreatedNeed,
  signInAll,
  ifMatch,
} from '../../test/factories.js';

let context: TestContext;
let planner: TestClient;
let chiangMai: TestClient;
let district: TestClient;
let auditor: TestClient;
let koratItemId: string;
beforeAll(async () => {
  context = await createTestContext();
  const plan = await seedDemoPlan(context.database);
  [planner, chiangMai, district, auditor] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'district.muangkorat',
    'auditor',
  ]);
  const tree = (await planner.request('GET', `/api/v1/plan-versions/${plan?.originalId}/tree`)).json();
  koratItemId = tree.issues[0].approaches[0].items[0].id;
});
afterAll(() => context.close());

async function move(
  client: TestClient,
  need: { id: string },
  version: number,
  body: Record<string, unknown>,
) {
  return client.request('POST', `/api/v1/needs/${need.id}/transitions`, {
    body,
    headers: ifMatch(version),
  });
}

async function koratAgencyId(): Promise<string> {
  const agencies = (await planner.request('GET', '/api/v1/agencies?provinceCode=30')).json();
  return agencies.items[0].id;
}

describe('status changes', () => {
  it('screens, then links to a project-set item, and shows what happened', async () => {
    const need = await createNeedVia(planner);
    const screened = await move(planner, need, 1, { action: 'screen' });
    expect(screened.statusCode).toBe(200);
    expect(screened.json()).toMatchObject({ status: 'screened', version: 2 });
    expect(screened.headers.etag).toBe('"2"');
    const linked = await move(planner, need, 2, {
      action: 'link',
      linkedEntityType: 'project_set_item',
      linkedEntityId: koratItemId,
      linkedLabel: 'ชุดโครงการถนนเพื่อการเกษตร',
    });
    expect(linked.json()).toMatchObject({
      status: 'linked',
      linkedEntityType: 'project_set_item',
      linkedEntityId: koratItemId,
    });
    const detail = (await planner.request('GET', `/api/v1/needs/${need.id}`)).json();
    expect(detail.outcome).toMatchObject({
      status: 'linked',
      linked: { type: 'project_set_item', id: koratItemId, label: 'ชุดโครงการถนนเพื่อการเกษตร' },
      mergedInto: null,
    });
    expect(detail.availableTransitions).toEqual([]);
    expect(detail.audit.map((event: { action: string }) => event.action)).toEqual([
      'create',
      'screen',
      'link',
    ]);
    expect(detail.audit[2].changes.status).toEqual(['screened', 'linked']);
  });

  it('links only to an existing plan issue or item of a plan covering the need, in the actor’s scope', async () => {
    const link = (linkedEntityType: string, linkedEntityId: string) => ({
      action: 'link',
      linkedEntityType,
      linkedEntityId,
      linkedLabel: 'ชุดโครงการ',
    });
    const need = await createNeedVia(planner);
    for (const body of [
      link('project_set_item', 'PSI-7'),
      link('project_set_item', '7b7c6d2e-0b0a-4c1e-9f59-1d2f3a4b5c6d'),
      link('plan_issue', koratItemId),
      link('project', 'P-1'),
    ]) {
      const refused = await move(planner, need, 1, body);
      expect(refused.statusCode, JSON.stringify(body)).toBe(400);
      expect(fieldErrors(refused).linkedEntityId).toBeDefined();
    }
    const chiangMaiNeed = await createNeedVia(chiangMai, { areaCode: '500101' });
    const otherProvince = await move(chiangMai, chiangMaiNeed, 1, link('project_set_item', koratItemId));
    expect(otherProvince.statusCode).toBe(400);
    expect((await planner.request('GET', `/api/v1/needs/${need.id}`)).json().status).toBe('received');
  });

  it('answers 409 in both languages for a move not allowed from the current status', async () => {
    const need = await createNeedVia(planner);
    await move(planner, need, 1, { action: 'screen' });
    const again = await move(planner, need, 2, { action: 'screen' });
    expect(again.statusCode).toBe(409);
    expect(again.json().messages).toEqual({
      th: 'ไม่สามารถกลั่นกรองความต้องการที่มีสถานะ "กลั่นกรองแล้ว" ได้',
      en: 'Cannot screen a need whose status is "screened"',
    });
    expect(again.json()).toMatchObject({ status: 409, currentStatus: 'screened' });
    const reopen = await move(planner, need, 2, { action: 'reopen', reason: 'ทบทวน' });
    expect(reopen.statusCode).toBe(409);
    expect((await planner.request('GET', `/api/v1/needs/${need.id}`)).json().version).toBe(2);
  });

  it('rejects only with a reason, and reopens only with a reason', async () => {
    const need = await createNeedVia(planner);
    const noReason = await move(planner, need, 1, { action: 'reject' });
    expect(noReason.statusCode).toBe(400);
    expect(fieldErrors(noReason).reason).toEqual({ th: 'กรุณาระบุเหตุผล', en: 'A reason is required' });
    const rejected = await move(planner, need, 1, { action: 'reject', reason: 'อยู่นอกอำนาจหน้าที่ของจังหวัด' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', statusReason: 'อยู่นอกอำนาจหน้าที่ของจังหวัด' });
    expect((await move(planner, need, 2, { action: 'reopen', reason: '' })).statusCode).toBe(400);
    const reopened = await move(planner, need, 2, { action: 'reopen', reason: 'มีข้อมูลเพิ่มเติม' });
    expect(reopened.json()).toMatchObject({ status: 'screened', statusReason: 'มีข้อมูลเพิ่มเติม', version: 3 });
    const audit = (await planner.request('GET', `/api/v1/needs/${need.id}`)).json().audit;
    expect(
      audit.slice(1).map((event: { action: string; reason: string }) => [event.action, event.reason]),
    ).toEqual([
      ['reject', 'อยู่นอกอำนาจหน้าที่ของจังหวัด'],
      ['reopen', 'มีข้อมูลเพิ่มเติม'],
    ]);
  });

  it('forwards to an agency or a local government with a reference, and reopens afterwards', async () => {
    const need = await createNeedVia(planner);
    const agencyId = await koratAgencyId();
    const forwarded = await move(planner, need, 1, {
      action: 'forward',
      agencyId,
      reference: 'นม 0017/1234',
    });
    expect(forwarded.statusCode).toBe(200);
    expect(forwarded.json()).toMatchObject({
      status: 'forwarded',
      forwardedAgencyId: agencyId,
      forwardReference: 'นม 0017/1234',
    });
    const detail = (await planner.request('GET', `/api/v1/needs/${need.id}`)).json();
    expect(detail.outcome.forwarded).toMatchObject({
      agencyId,
      reference: 'นม 0017/1234',
      agencyNameTh: expect.any(String),
    });
    expect(detail.availableTransitions).toEqual(['reopen']);
    const reopened = await move(planner, need, 2, { action: 'reopen', reason: 'หน่วยงานส่งคืน' });
    expect(reopened.json()).toMatchObject({
      status: 'screened',
      forwardedAgencyId: null,
      forwardReference: null,
    });
    const local = await move(planner, need, 3, {
      action: 'forward',
      localGovernmentName: 'อบต.โพธิ์กลาง',
      reference: 'นม 0023/55',
    });
    expect(local.json()).toMatchObject({
      status: 'forwarded',
      forwardedToName: 'อบต.โพธิ์กลาง',
      forwardedAgencyId: null,
    });
  });

  it('refuses an unknown agency and malformed requests with field errors', async () => {
    const need = await createNeedVia(planner);
    const unknown = await move(planner, need, 1, {
      action: 'forward',
      agencyId: '7b7c6d2e-0b0a-4c1e-9f59-1d2f3a4b5c6d',
      reference: 'x',
    });
    expect(unknown.statusCode).toBe(400);
    expect(fieldErrors(unknown).agencyId?.en).toBe('Unknown agency');
    const link = await move(planner, need, 1, { action: 'link', linkedEntityType: 'project' });
    expect(link.statusCode).toBe(400);
    expect(fieldErrors(link).linkedEntityId?.th).toBe('กรุณาระบุสิ่งที่เชื่อมโยง');
    expect((await move(planner, need, 1, { action: 'fly' })).statusCode).toBe(400);
  });

  it('checks version, role and scope: 412, 428, 403 and 404', async () => {
    const need = await createNeedVia(planner, { areaCode: '300201' });
    expect((await move(planner, need, 9, { action: 'screen' })).statusCode).toBe(412);
    expect(
      (await planner.request('POST', `/api/v1/needs/${need.id}/transitions`, { body: { action: 'screen' } }))
        .statusCode,
    ).toBe(428);
    expect((await move(auditor, need, 1, { action: 'screen' })).statusCode).toBe(403);
    expect((await move(district, need, 1, { action: 'screen' })).statusCode).toBe(403);
    expect((await move(chiangMai, need, 1, { action: 'screen' })).statusCode).toBe(404);
    expect(
      (
        await context.app.inject({
          method: 'POST',
          url: `/api/v1/needs/${need.id}/transitions`,
          payload: { action: 'screen' },
        })
      ).statusCode,
    ).toBe(401);
    expect((await planner.request('GET', `/api/v1/needs/${need.id}`)).json()).toMatchObject({
      status: 'received',
      version: 1,
    });
  });
});

describe('linking from the plans feature', () => {
  let received: CreatedNeed;
  let rejected: CreatedNeed;
  beforeAll(async () => {
    received = await createNeedVia(planner);
    rejected = await createNeedVia(planner);
    await move(planner, rejected, 1, { action: 'reject', reason: 'ซ้ำซ้อน' });
  });

  it('links open needs, leaves others as they are and audits each link', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const result = await inActorTransaction(context.database, actor, (tx) =>
      linkNeedsToEntity(tx, actor, [received.id, rejected.id], {
        type: 'project_set_item',
        id: 'item-1',
        label: 'ชุดโครงการแหล่งน้ำ',
      }),
    );
    expect(result).toEqual({ linked: [received.id], unchanged: [rejected.id] });
    const detail = (await planner.request('GET', `/api/v1/needs/${received.id}`)).json();
    expect(detail).toMatchObject({ status: 'linked', linkedLabel: 'ชุดโครงการแหล่งน้ำ', version: 2 });
    expect(detail.audit[1]).toMatchObject({ action: 'link', reason: 'รายการชุดโครงการ: ชุดโครงการแหล่งน้ำ' });
    expect((await planner.request('GET', `/api/v1/needs/${rejected.id}`)).json().status).toBe('rejected');
  });

  it('describes needs for display and refuses unknown or out-of-scope ids', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const described = await inActorTransaction(context.database, actor, (tx) =>
      describeNeeds(tx, [rejected.id, received.id]),
    );
    expect(described).toEqual(
      [
        {
          id: received.id,
          referenceNo: received.referenceNo,
          title: received.title,
          areaCode: '300101',
          status: 'linked',
        },
        {
          id: rejected.id,
          referenceNo: rejected.referenceNo,
          title: rejected.title,
          areaCode: '300101',
          status: 'rejected',
        },
      ].sort((a, b) => a.referenceNo.localeCompare(b.referenceNo)),
    );
    const other = await createNeedVia(chiangMai, { areaCode: '500101' });
    await expect(
      inActorTransaction(context.database, actor, (tx) =>
        linkNeedsToEntity(tx, actor, [other.id], { type: 'project', id: 'p', label: 'x' }),
      ),
    ).rejects.toMatchObject({ status: 400 });
    expect(await inActorTransaction(context.database, actor, (tx) => describeNeeds(tx, [other.id]))).toEqual(
      [],
    );
    const officer = await actorOf(context, 'district.muangkorat');
    const outside = await createNeedVia(planner, { areaCode: '300201' });
    await expect(
      inActorTransaction(context.database, officer, (tx) =>
        linkNeedsToEntity(tx, officer, [outside.id], { type: 'project', id: 'p', label: 'x' }),
      ),
    ).rejects.toMatchObject({ status: 403 });
  });
});
