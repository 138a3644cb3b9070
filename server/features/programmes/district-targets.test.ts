import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DistrictTarget } from '../../../domain/programmes/district-targets.js';
import { fieldErrors, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoProgrammes } from './demo.js';

let context: TestContext;
let analyst: TestClient;
let korat: TestClient;
let chiangmai: TestClient;
let path = '';
let indicatorId = '';
let provinceTarget = 0;
beforeAll(async () => {
  context = await createTestContext();
  await seedDemoProgrammes(context.database);
  [analyst, korat, chiangmai] = await signInAll(context, [
    'analyst',
    'planner.korat',
    'planner.chiangmai',
  ] as const);
  const list = (await korat.request('GET', '/api/v1/programmes')).json() as { items: { id: string }[] };
  const id = list.items[0]?.id ?? '';
  path = `/api/v1/programmes/${id}/district-targets`;
  const targets = (await korat.request('GET', `/api/v1/programmes/${id}/targets`)).json() as {
    items: { indicatorId: string; provinceCode: string; value: number }[];
  };
  const korats = targets.items.find((target) => target.provinceCode === '30' && target.value >= 2);
  indicatorId = korats?.indicatorId ?? '';
  provinceTarget = korats?.value ?? 0;
});
afterAll(() => context.close());

const put = (client: TestClient, targets: { indicatorId: string; districtCode: string; value: number }[]) =>
  client.request('PUT', path, { body: { targets } });

describe('district targets', () => {
  it('are set by the centre under the province’s target, and read by the province', async () => {
    const half = Math.floor(provinceTarget / 2);
    const split = [
      { indicatorId, districtCode: '3001', value: half },
      { indicatorId, districtCode: '3002', value: provinceTarget - half },
    ];
    expect((await put(korat, split)).statusCode).toBe(403);
    const saved = await put(analyst, split);
    expect(saved.statusCode).toBe(200);
    const own = (await korat.request('GET', `${path}?provinceCode=30`)).json() as { items: DistrictTarget[] };
    expect(own.items.map((target) => [target.districtCode, target.value])).toEqual([
      ['3001', half],
      ['3002', provinceTarget - half],
    ]);
    expect(own.items[0]?.districtName).toContain('เมืองนครราชสีมา');
    expect((await chiangmai.request('GET', `${path}?provinceCode=30`)).statusCode).toBe(403);
  });

  it('refuses districts adding up to more than the province’s target, counting those already set', async () => {
    const over = await put(analyst, [{ indicatorId, districtCode: '3002', value: provinceTarget }]);
    expect(over.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(over))).toEqual(['targets.0.value']);
    const own = (await korat.request('GET', `${path}?provinceCode=30`)).json() as { items: DistrictTarget[] };
    expect(own.items.reduce((sum, target) => sum + target.value, 0)).toBe(provinceTarget);
  });

  it('refuses a district of a province without a target, and a district that does not exist', async () => {
    const untargeted = await put(analyst, [{ indicatorId, districtCode: '1001', value: 1 }]);
    expect(untargeted.statusCode).toBe(400);
    expect(fieldErrors(untargeted)['targets.0.districtCode']?.en).toBe(
      'The district’s province has no target for this indicator',
    );
    const unknown = await put(analyst, [{ indicatorId, districtCode: '3099', value: 1 }]);
    expect(unknown.statusCode).toBe(400);
  });
});
