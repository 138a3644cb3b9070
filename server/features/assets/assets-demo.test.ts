import { isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssetDetail, AssetList } from '../../../domain/assets/asset-response.js';
import { HELD_ASSET_STATUSES, monthsBefore, type AssetBacklog } from '../../../domain/assets/checks.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoPlan } from '../plans/demo.js';
import { seedDemoProjects } from '../projects/demo.js';
import { assetChecks } from './check-tables.js';
import { seedDemoAssets } from './demo.js';

let context: TestContext;
let korat: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [korat] = await signInAll(context, ['planner.korat'] as const);
  await seedDemoPlan(context.database);
  await seedDemoProjects(context.database);
  expect(await seedDemoAssets(context.database)).toBeGreaterThan(0);
}, 300_000);
afterAll(() => context.close());

const get = async <T>(url: string) => {
  const response = await korat.request('GET', url);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};

describe('demo yearly checks', () => {
  it('checks some held demo assets recently and leaves others overdue, as the backlog lists them', async () => {
    const held = (await get<AssetList>('/api/v1/assets?provinceCode=30&limit=500')).items.filter((asset) =>
      (HELD_ASSET_STATUSES as readonly string[]).includes(asset.status),
    );
    const recent = monthsBefore(toBangkokIsoDate(new Date()), 3);
    const upToDate = held.filter((asset) => asset.lastCheckedOn === recent);
    expect(upToDate.length).toBeGreaterThan(0);
    const detail = await get<AssetDetail>(`/api/v1/assets/${upToDate[0]?.id}`);
    expect(detail.checks.map((check) => check.checkedOn)).toEqual([recent]);
    const backlog = await get<AssetBacklog>(
      '/api/v1/assets/backlog?kind=check_overdue&provinceCode=30&limit=500',
    );
    const overdue = new Set(backlog.items.map((item) => item.code));
    expect(overdue.size).toBeGreaterThan(0);
    expect(upToDate.filter((asset) => overdue.has(asset.code))).toEqual([]);
    expect(backlog.items.every((item) => item.isDemo && item.waitingSince < backlog.before)).toBe(true);
  });

  it('keeps one check photo without a preview, as kept before previews were made, for the preview job', async () => {
    const withPhoto = await context.database.db
      .select()
      .from(assetChecks)
      .where(isNotNull(assetChecks.photoFileId));
    expect(withPhoto).toMatchObject([{ photoThumbnailFileId: null, photoPreviewRefusal: null }]);
    const detail = await get<AssetDetail>(`/api/v1/assets/${withPhoto[0]?.assetId}`);
    expect(detail.checks).toMatchObject([{ hasPhoto: true, hasPreview: false }]);
    const photo = await korat.request(
      'GET',
      `/api/v1/assets/${detail.id}/checks/${detail.checks[0]?.id}/photo`,
    );
    expect(photo.headers['content-type']).toBe('image/jpeg');
  });
});
