import { expect } from 'vitest';
import type { Asset } from '../../../domain/assets/asset-response.js';
import { createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';

/** An equipment asset to register: handed over on 2025-01-15 unless said otherwise. */
export type TestAssetSpec = { description: string; handoverDate?: string };

/** Equipment assets of one completed project of the client's province (Korat), in the given order. */
export async function registerTestAssets(
  context: TestContext,
  client: TestClient,
  specs: readonly TestAssetSpec[],
): Promise<Asset[]> {
  const project = await createProjectAt(context, client, 'completed');
  const registered = await client.request('POST', `/api/v1/assets/projects/${project.id}`, {
    body: {
      assets: specs.map(({ description, handoverDate = '2025-01-15' }) => ({
        type: 'equipment',
        description,
        quantity: 1,
        valueSatang: '1000000',
        handoverDate,
        locationAreaCode: '300101',
        condition: 'good',
      })),
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  return (registered.json() as { items: Asset[] }).items;
}

/** One equipment asset handed over on 2025-01-15 from a completed project of the client's province. */
export async function registerTestAsset(
  context: TestContext,
  client: TestClient,
  description: string,
): Promise<Asset> {
  const [asset] = await registerTestAssets(context, client, [{ description }]);
  if (!asset) {
    throw new Error('no asset registered');
  }
  return asset;
}

/**
 * What the yearly check tests start from: a fresh database, the Korat planner who manages the
 * assets, the Chiang Mai planner outside their scope, the auditor who reads everywhere, and the
 * Korat assets asked for (the first also as `asset`).
 */
export async function openAssetCheckTest(first: TestAssetSpec, ...more: TestAssetSpec[]) {
  const context = await createTestContext();
  const [korat, chiangmai, auditor] = await signInAll(context, [
    'planner.korat',
    'planner.chiangmai',
    'auditor',
  ] as const);
  const assets = await registerTestAssets(context, korat, [first, ...more]);
  const [asset] = assets;
  if (!asset) {
    throw new Error('no asset registered');
  }
  return { context, korat, chiangmai, auditor, asset, assets };
}

/** Records a yearly check of the asset with a photo, as the check screen sends it. */
export const checkWithPhoto = (
  client: TestClient,
  asset: { id: string },
  query: string,
  name: string,
  content: Buffer,
) => client.request('POST', `/api/v1/assets/${asset.id}/checks/photo?${query}`, multipartFile(name, content));
