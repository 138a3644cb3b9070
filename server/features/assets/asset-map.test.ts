import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset, AssetMap } from '../../../domain/assets/asset-response.js';
import { createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let placed: Asset[];
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai] = await signInAll(context, ['planner.korat', 'planner.chiangmai'] as const);
  const project = await createProjectAt(context, korat, 'completed');
  const asset = (description: string, point: [number, number] | null) => ({
    type: 'equipment',
    description,
    quantity: 1,
    valueSatang: '500000',
    handoverDate: '2026-01-10',
    locationAreaCode: '300101',
    latitude: point?.[1] ?? null,
    longitude: point?.[0] ?? null,
    condition: 'good',
  });
  const registered = await korat.request('POST', `/api/v1/assets/projects/${project.id}`, {
    body: {
      assets: [
        asset('เครื่องสูบน้ำ', [102.1, 14.97]),
        asset('ป้ายจราจร', [102.2, 15.01]),
        asset('เครื่องพ่นยา', null),
      ],
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  placed = (registered.json() as { items: Asset[] }).items.slice(0, 2);
}, 300_000);
afterAll(() => context.close());

const mapOf = async (client: TestClient, query: string) =>
  client.request('GET', `/api/v1/assets/map?${query}`);

describe('the asset map', () => {
  it('places the filtered assets that have a position and counts those that have none', async () => {
    const response = await mapOf(korat, 'provinceCode=30&q=เครื่อง');
    expect(response.statusCode, response.body).toBe(200);
    const map = response.json() as AssetMap;
    expect(map.total).toBe(2);
    expect(map.unplaced).toBe(1);
    expect(map.points).toEqual([
      expect.objectContaining({
        code: placed[0]?.code,
        latitude: 14.97,
        longitude: 102.1,
        status: 'registered',
      }),
    ]);
    const all = (await mapOf(korat, 'provinceCode=30')).json() as AssetMap;
    expect(all.points.map((point) => point.code)).toEqual(placed.map((asset) => asset.code));
  });

  it('shows another province nothing, and refuses it the province filter', async () => {
    const theirs = (await mapOf(chiangmai, '')).json() as AssetMap;
    expect(theirs.points.filter((point) => placed.some((asset) => asset.id === point.id))).toEqual([]);
    expect((await mapOf(chiangmai, 'provinceCode=30')).statusCode).toBe(403);
    expect((await mapOf(korat, 'type=spaceship')).statusCode).toBe(400);
  });
});
