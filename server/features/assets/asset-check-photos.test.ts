import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Asset, AssetDetail } from '../../../domain/assets/asset-response.js';
import { THUMBNAIL_EDGE } from '../../../domain/common/photo.js';
import { TINY_PNG } from '../../../domain/results/test-fixtures.js';
import type { TestClient, TestContext } from '../../test/harness.js';
import { checkWithPhoto, openAssetCheckTest } from './test-asset.js';

/** The yearly check with a photo: kept with a preview, read back within the scope, refused whole. */
let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
let auditor: TestClient;
let asset: Asset;
beforeAll(async () => {
  ({ context, korat, chiangmai, auditor, asset } = await openAssetCheckTest({ description: 'เครื่องสูบน้ำ' }));
}, 300_000);
afterAll(() => context.close());

const check = (client: TestClient, query: string, name: string, content: Buffer) =>
  checkWithPhoto(client, asset, query, name, content);
const detailOf = async (client: TestClient) =>
  (await client.request('GET', `/api/v1/assets/${asset.id}`)).json() as AssetDetail;

describe('the yearly check with a photo', () => {
  it('keeps the photo and a WebP preview, and the check itself, readable within the scope only', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#68a' } })
      .jpeg()
      .toBuffer();
    const recorded = await check(
      korat,
      'checkedOn=2025-12-01&condition=fair&inUse=false&note=ซีลรั่ว',
      'pump.jpg',
      photo,
    );
    expect(recorded.statusCode, recorded.body).toBe(201);
    const detail = recorded.json() as AssetDetail;
    expect(detail).toMatchObject({ condition: 'fair', lastCheckedOn: '2025-12-01' });
    const [kept] = detail.checks;
    expect(kept).toMatchObject({ inUse: false, note: 'ซีลรั่ว', hasPhoto: true });
    const base = `/api/v1/assets/${asset.id}/checks/${kept?.id}/photo`;
    const original = await auditor.request('GET', base);
    expect(original.statusCode).toBe(200);
    expect(original.headers['content-type']).toBe('image/jpeg');
    expect(original.rawPayload.equals(photo)).toBe(true);
    const preview = await korat.request('GET', `${base}/thumbnail`);
    expect(preview.headers['content-type']).toBe('image/webp');
    const size = await sharp(preview.rawPayload).metadata();
    expect([size.format, size.width, size.height]).toEqual(['webp', THUMBNAIL_EDGE, 240]);
    for (const url of [base, `${base}/thumbnail`]) {
      expect((await chiangmai.request('GET', url)).statusCode, url).toBe(404);
    }
  });

  it('records a check without a photo as before, with no photo to read', async () => {
    const plain = await korat.request('POST', `/api/v1/assets/${asset.id}/checks`, {
      body: { checkedOn: '2025-06-01', condition: 'good', inUse: true },
    });
    expect(plain.statusCode, plain.body).toBe(201);
    const row = (plain.json() as AssetDetail).checks.find((item) => item.checkedOn === '2025-06-01');
    expect(row?.hasPhoto).toBe(false);
    const read = await korat.request('GET', `/api/v1/assets/${asset.id}/checks/${row?.id}/photo/thumbnail`);
    expect(read.statusCode).toBe(404);
  });

  it('refuses a photo that is not one or does not decode (415), leaving no check behind', async () => {
    const before = (await detailOf(korat)).checks.length;
    const query = 'checkedOn=2025-12-02&condition=good&inUse=true';
    const cut = Buffer.from(TINY_PNG.subarray(0, TINY_PNG.length - 20));
    for (const [name, content] of [
      ['pump.jpg', Buffer.from('MZ\u0090\u0000 not a photo')],
      ['pump.pdf', Buffer.from('%PDF-1.4\n%%EOF')],
      ['header.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
      ['cut.png', cut],
    ] as const) {
      const refused = await check(korat, query, name, content);
      expect(refused.statusCode, name).toBe(415);
      expect(refused.json(), name).toMatchObject({ status: 415 });
    }
    expect((await detailOf(korat)).checks).toHaveLength(before);
  });

  it('checks the asset and the request before reading the photo', async () => {
    const photo = Buffer.from(TINY_PNG);
    expect(
      (await check(chiangmai, 'checkedOn=2025-12-03&condition=good&inUse=true', 'a.png', photo)).statusCode,
    ).toBe(404);
    expect(
      (await check(auditor, 'checkedOn=2025-12-03&condition=good&inUse=true', 'a.png', photo)).statusCode,
    ).toBe(403);
    expect(
      (await check(korat, 'checkedOn=2025-12-03&condition=shiny&inUse=true', 'a.png', photo)).statusCode,
    ).toBe(400);
    expect(
      (await check(korat, 'checkedOn=2024-01-01&condition=good&inUse=true', 'a.png', photo)).statusCode,
    ).toBe(409);
    const missing = await korat.request(
      'POST',
      `/api/v1/assets/${asset.id}/checks/photo?checkedOn=2025-12-03&condition=good&inUse=true`,
    );
    expect(missing.statusCode).toBe(400);
  });
});
