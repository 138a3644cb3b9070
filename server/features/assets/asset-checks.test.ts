import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset, AssetDetail } from '../../../domain/assets/asset-response.js';
import { monthsBefore, type AssetBacklog } from '../../../domain/assets/checks.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { ifMatch } from '../../test/factories.js';
import type { TestClient, TestContext } from '../../test/harness.js';
import { openAssetCheckTest } from './test-asset.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let auditor: TestClient;
let old: Asset[];
let recent: Asset;
const today = toBangkokIsoDate(new Date());
const longAgo = monthsBefore(today, 20);
beforeAll(async () => {
  let assets: Asset[];
  ({ context, korat, chiangmai, auditor, assets } = await openAssetCheckTest(
    { description: 'เครื่องสูบน้ำ', handoverDate: longAgo },
    { description: 'เครื่องกำเนิดไฟฟ้า', handoverDate: longAgo },
    { description: 'รถตัดหญ้า', handoverDate: monthsBefore(today, 2) },
  ));
  old = assets.slice(0, 2);
  recent = assets[2] as Asset;
}, 300_000);
afterAll(() => context.close());

const backlog = async (client: TestClient, query: string) => {
  const response = await client.request('GET', `/api/v1/assets/backlog?${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as AssetBacklog;
};
const codes = (page: AssetBacklog) => page.items.map((item) => item.code);

describe('the backlog auditors ask about', () => {
  it('lists assets past their check date a keyset page at a time, longest waiting first', async () => {
    const first = await backlog(korat, 'kind=check_overdue&provinceCode=30&limit=1');
    expect(codes(first)).toEqual([old[0]?.code]);
    expect(first.items[0]?.waitingSince).toBe(longAgo);
    expect(first.nextCursor).not.toBeNull();
    const second = await backlog(
      korat,
      `kind=check_overdue&provinceCode=30&limit=1&cursor=${first.nextCursor}`,
    );
    expect(codes(second)).toEqual([old[1]?.code]);
    expect(second.nextCursor).toBeNull();
    expect(codes(await backlog(korat, 'kind=not_transferred&months=6'))).toEqual(old.map((a) => a.code));
    expect(codes(await backlog(korat, 'kind=not_transferred&months=1'))).toContain(recent.code);
  });

  it('a check takes an asset off the overdue list and sets its condition', async () => {
    const checked = await korat.request('POST', `/api/v1/assets/${old[0]?.id}/checks`, {
      body: { checkedOn: today, condition: 'fair', inUse: true, note: 'ใช้งานได้ มีสนิม' },
    });
    expect(checked.statusCode, checked.body).toBe(201);
    expect(checked.json() as AssetDetail).toMatchObject({
      condition: 'fair',
      lastCheckedOn: today,
      checks: [{ checkedOn: today, condition: 'fair', inUse: true }],
    });
    expect(codes(await backlog(korat, 'kind=check_overdue'))).toEqual([old[1]?.code]);
    const late = await korat.request('POST', `/api/v1/assets/${old[0]?.id}/checks`, {
      body: { checkedOn: monthsBefore(today, 2), condition: 'poor', inUse: false },
    });
    expect((late.json() as AssetDetail).condition).toBe('fair');
  });

  it('refuses a check in the future, and a transferred asset leaves both lists', async () => {
    const future = await korat.request('POST', `/api/v1/assets/${old[1]?.id}/checks`, {
      body: { checkedOn: '2999-01-01', condition: 'good', inUse: true },
    });
    expect(future.statusCode).toBe(409);
    let version = old[1]?.version ?? 1;
    for (const [action, documentRef] of [
      ['propose_transfer', null],
      ['record_acceptance', 'นม 0023/123'],
      ['approve_transfer', 'นม 0017/456'],
      ['complete_transfer', 'นม 0017/789'],
    ] as const) {
      const moved = await korat.request('POST', `/api/v1/assets/${old[1]?.id}/transitions`, {
        body: { action, eventDate: today, documentRef },
        headers: ifMatch(version),
      });
      expect(moved.statusCode, moved.body).toBe(200);
      version = (moved.json() as AssetDetail).version;
    }
    expect(codes(await backlog(korat, 'kind=check_overdue'))).toEqual([]);
    expect(codes(await backlog(korat, 'kind=not_transferred'))).toEqual([old[0]?.code]);
  });

  it('shows each reader only their scope', async () => {
    expect(codes(await backlog(chiangmai, 'kind=not_transferred'))).toEqual([]);
    expect(codes(await backlog(auditor, 'kind=not_transferred'))).toEqual([old[0]?.code]);
    expect(
      (await chiangmai.request('GET', '/api/v1/assets/backlog?kind=not_transferred&provinceCode=30'))
        .statusCode,
    ).toBe(403);
    const foreign = await chiangmai.request('POST', `/api/v1/assets/${old[0]?.id}/checks`, {
      body: { checkedOn: today, condition: 'good', inUse: true },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
