import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Asset,
  AssetDetail,
  AssetList,
  AssetProposals,
  AssetSummary,
} from '../../../domain/assets/asset-response.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { selectRows } from '../../platform/db/client.js';
import { createProjectAt, ifMatch, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let agency: TestClient;
let auditor: TestClient;
let completed: { id: string; code: string };
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai, agency, auditor] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'agency.korat',
    'auditor',
  ] as const);
  completed = await createProjectAt(context, korat, 'completed', {
    receiverName: 'เทศบาลตำบลโนนสูง',
    budgetLines: [
      {
        description: 'ผิวจราจร',
        budgetType: 'investment',
        category: 'construction',
        amountSatang: '250000000',
      },
      {
        description: 'ป้ายจราจร',
        budgetType: 'investment',
        category: 'equipment',
        amountSatang: '1000000',
        quantity: '4',
        unit: 'ป้าย',
      },
      { description: 'ค่าอบรม', budgetType: 'operating', category: 'training', amountSatang: '500000' },
    ],
    schedule: [{ fiscalYear: 2569, amountSatang: '251500000' }],
  });
}, 300_000);
afterAll(() => context.close());

async function proposals(client: TestClient, projectId: string) {
  const response = await client.request('GET', `/api/v1/assets/projects/${projectId}/proposals`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as AssetProposals;
}

async function registerProposed(projectId: string): Promise<Asset[]> {
  const proposed = await proposals(korat, projectId);
  const response = await korat.request('POST', `/api/v1/assets/projects/${projectId}`, {
    body: {
      assets: proposed.proposals.map((proposal) => ({
        ...proposal,
        locationAreaCode: proposal.locationAreaCode ?? '300101',
        handoverDate: '2026-03-31',
        condition: 'good',
      })),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return (response.json() as { items: Asset[] }).items;
}

describe('assets born from projects', () => {
  it('proposes a completed project’s assets from its record, and registers them numbered from its code', async () => {
    const proposed = await proposals(korat, completed.id);
    expect(proposed.deliverable).toBe(true);
    expect(proposed.proposals).toEqual([
      expect.objectContaining({
        type: 'construction',
        valueSatang: '250000000',
        locationAreaCode: '300101',
        latitude: 14.97,
      }),
      expect.objectContaining({
        type: 'equipment',
        quantity: 4,
        unit: 'ป้าย',
        custodianName: 'เทศบาลตำบลโนนสูง',
      }),
    ]);
    const registered = await registerProposed(completed.id);
    expect(registered.map((asset) => asset.code)).toEqual([`${completed.code}-A01`, `${completed.code}-A02`]);
    expect(registered[0]).toMatchObject({
      status: 'registered',
      availableTransitions: ['propose_transfer', 'write_off'],
    });
    const reopened = await proposals(korat, completed.id);
    expect(reopened.registered).toHaveLength(2);
    expect(reopened.proposals).toEqual([]);
  });

  it('refuses a project not yet delivered, and a location that is no area', async () => {
    const running = await createProjectAt(context, korat, 'spending');
    const body = {
      assets: [
        {
          type: 'equipment',
          description: 'เครื่องสูบน้ำ',
          quantity: 1,
          valueSatang: '100',
          handoverDate: '2026-01-01',
          locationAreaCode: '300101',
          condition: 'good',
        },
      ],
    };
    expect((await korat.request('POST', `/api/v1/assets/projects/${running.id}`, { body })).statusCode).toBe(
      409,
    );
    const bad = { assets: [{ ...body.assets[0], locationAreaCode: '309999' }] };
    const response = await korat.request('POST', `/api/v1/assets/projects/${completed.id}`, { body: bad });
    expect(response.statusCode).toBe(400);
  });

  it('keeps other provinces out and lets only planners register', async () => {
    expect(
      (await chiangmai.request('GET', `/api/v1/assets/projects/${completed.id}/proposals`)).statusCode,
    ).toBe(404);
    const body = {
      assets: [
        {
          type: 'land',
          description: 'ที่ดิน',
          quantity: 1,
          valueSatang: '1',
          handoverDate: '2026-01-01',
          locationAreaCode: '300101',
          condition: 'good',
        },
      ],
    };
    expect(
      (await agency.request('POST', `/api/v1/assets/projects/${completed.id}`, { body })).statusCode,
    ).toBe(403);
    const list = (await chiangmai.request('GET', '/api/v1/assets')).json() as AssetList;
    expect(list.items.filter((asset) => asset.provinceCode === '30')).toEqual([]);
  });
});

describe('the transfer line', () => {
  it('runs to "transferred" with documents, keeps a dated history and refuses skipped steps', async () => {
    const [asset] = (await korat.request('GET', `/api/v1/assets?projectId=${completed.id}`)).json()
      .items as Asset[];
    const id = asset?.id ?? '';
    const move = (action: string, version: number, extra: Record<string, unknown> = {}) =>
      korat.request('POST', `/api/v1/assets/${id}/transitions`, {
        body: { action, eventDate: '2026-04-01', ...extra },
        headers: ifMatch(version),
      });
    expect((await move('complete_transfer', 1, { documentRef: 'x' })).statusCode).toBe(409);
    expect((await move('propose_transfer', 1)).statusCode).toBe(200);
    expect((await move('record_acceptance', 2)).statusCode).toBe(409);
    expect((await move('record_acceptance', 1, { documentRef: 'นม 0023/145' })).statusCode).toBe(412);
    expect((await move('record_acceptance', 2, { documentRef: 'นม 0023/145' })).statusCode).toBe(200);
    expect((await move('approve_transfer', 3, { documentRef: 'คำสั่งจังหวัด 77/2569' })).statusCode).toBe(200);
    const done = await move('complete_transfer', 4, { documentRef: 'บันทึกส่งมอบ 5/2569' });
    expect(done.statusCode).toBe(200);
    const detail = done.json() as AssetDetail;
    expect(detail.status).toBe('transferred');
    expect(detail.events.map((event) => [event.action, event.toStatus, event.documentRef])).toEqual([
      ['register', 'registered', null],
      ['propose_transfer', 'transfer_proposed', null],
      ['record_acceptance', 'receiver_accepted', 'นม 0023/145'],
      ['approve_transfer', 'transfer_approved', 'คำสั่งจังหวัด 77/2569'],
      ['complete_transfer', 'transferred', 'บันทึกส่งมอบ 5/2569'],
    ]);
  });

  it('edits condition with If-Match and the search finds it by custodian', async () => {
    const list = (
      await korat.request('GET', '/api/v1/assets?q=' + encodeURIComponent('โนนสูง'))
    ).json() as AssetList;
    const sign = list.items.find((asset) => asset.type === 'equipment') as Asset;
    const edited = await korat.request('PATCH', `/api/v1/assets/${sign.id}`, {
      body: { condition: 'poor', gfmisAssetNo: '1205000123' },
      headers: ifMatch(sign.version),
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ condition: 'poor', gfmisAssetNo: '1205000123' });
    const byGfmis = (await korat.request('GET', '/api/v1/assets?q=1205000123')).json() as AssetList;
    expect(byGfmis.items.map((asset) => asset.id)).toEqual([sign.id]);
    expect(
      (await korat.request('PATCH', `/api/v1/assets/${sign.id}`, { body: { condition: 'good' } })).statusCode,
    ).toBe(428);
  });
});

describe('register lists, totals and export', () => {
  it('pages by keyset with whole-list totals equal to the rows', async () => {
    await registerProposed((await createProjectAt(context, korat, 'closed')).id);
    const first = (await korat.request('GET', '/api/v1/assets?provinceCode=30&limit=2')).json() as AssetList;
    expect(first.items).toHaveLength(2);
    const second = (
      await korat.request('GET', `/api/v1/assets?provinceCode=30&limit=2&cursor=${first.nextCursor}`)
    ).json() as AssetList;
    const codes = [...first.items, ...second.items].map((asset) => asset.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toHaveLength(3);
    expect(second.nextCursor).toBeNull();
    const [hand] = await selectRows<{ n: number; v: string }>(
      context.database.db,
      sql`select count(*)::int as n, sum(value_satang)::text as v from assets where province_code = '30'`,
    );
    expect([first.total, first.totalValueSatang]).toEqual([hand?.n, hand?.v]);
    const summary = (
      await auditor.request('GET', '/api/v1/assets/summary?provinceCode=30')
    ).json() as AssetSummary;
    expect(summary.rows.reduce((sum, row) => sum + row.assets, 0)).toBe(hand?.n);
    expect(summary.rows.find((row) => row.status === 'transferred')).toMatchObject({
      type: 'construction',
      assets: 1,
    });
  });

  it('exports the filtered register with Buddhist-Era dates', async () => {
    const response = await korat.request('GET', '/api/v1/assets/export?provinceCode=30&type=equipment');
    expect(response.statusCode).toBe(200);
    const records = await readSheetRecords('assets.xlsx', response.rawPayload);
    const rows = rowsUnderKeyRow(records, ['code', 'handover_date', 'type']).map((row) => row.values);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ handover_date: '31/03/2569', type: 'ครุภัณฑ์' });
    expect((await chiangmai.request('GET', '/api/v1/assets/export?provinceCode=30')).statusCode).toBe(403);
  });
});

describe('anonymous writes', () => {
  it('answer 401 before any version check', async () => {
    const [asset] = ((await korat.request('GET', '/api/v1/assets')).json() as AssetList).items;
    for (const [method, url, payload] of [
      ['PATCH', `/api/v1/assets/${asset?.id}`, { condition: 'good' }],
      ['POST', `/api/v1/assets/${asset?.id}/transitions`, { action: 'write_off', eventDate: '2026-05-01' }],
    ] as const) {
      const response = await context.app.inject({ method, url, payload });
      expect(response.statusCode).toBe(401);
    }
  });
});
