import { isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JobItemReport } from '../../platform/jobs/runner.js';
import { createProjectAt, signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { assetChecks } from '../assets/check-tables.js';
import { registerTestAsset } from '../assets/test-asset.js';
import { evidencePhotoPreviews } from './evidence-previews.js';
import { makeMissingPreviews } from './photo-previews.js';
import { resultEvidence } from './tables.js';
import { attachEvidence, cameraPhoto, checkAssetWithPhoto } from './test-photos.js';

/** The preview job walks more photos than one batch holds, of both kinds, each once, reporting as it goes. */
let context: TestContext;
let planner: TestClient;
const photoIds: string[] = [];

beforeAll(async () => {
  context = await createTestContext();
  [planner] = await signInAll(context, ['planner.korat'] as const);
  const project = await createProjectAt(context, planner, 'spending');
  const report = await planner.request('PUT', `/api/v1/results/projects/${project.id}/progress`, {
    body: { fiscalYear: 2569, quarter: 2, physicalPercent: 50, status: 'on_track' },
  });
  expect(report.statusCode, report.body).toBe(200);
  const photo = await cameraPhoto();
  for (const name of ['a.jpg', 'b.jpg', 'c.jpg']) {
    photoIds.push(await attachEvidence(planner, project.id, name, photo));
  }
  const asset = await registerTestAsset(context, planner, 'เครื่องสูบน้ำ');
  for (const checkedOn of ['2025-06-01', '2025-07-01']) {
    photoIds.push(await checkAssetWithPhoto(planner, asset.id, checkedOn, photo));
  }
  // As kept before previews were made on upload.
  await context.database.db.update(resultEvidence).set({ thumbnailFileId: null });
  await context.database.db.update(assetChecks).set({ photoThumbnailFileId: null });
}, 300_000);
afterAll(() => context.close());

describe('the photo preview job in batches', () => {
  it('makes every preview once, batch after batch, with progress after each and a line per photo', async () => {
    const progress: [number, number][] = [];
    const reported: JobItemReport[] = [];
    const result = await makeMissingPreviews(
      {
        database: context.database,
        reportProgress: async (done, total) => {
          progress.push([done, total]);
        },
        reportItems: async (items) => {
          reported.push(...items);
        },
      },
      2,
    );
    expect(result).toEqual({ made: 5, refused: 0 });
    // Three progress photos in batches of 2 and 1, then two check photos in one batch.
    expect(progress).toEqual([
      [2, 5],
      [3, 5],
      [5, 5],
    ]);
    expect(reported.map((item) => item.itemNo)).toEqual([1, 2, 3, 4, 5]);
    expect(reported.map((item) => item.itemKey).sort()).toEqual([...photoIds].sort());
    expect(reported.every((item) => item.ok)).toBe(true);
    const db = context.database.db;
    expect(await db.select().from(resultEvidence).where(isNull(resultEvidence.thumbnailFileId))).toEqual([]);
    expect(await db.select().from(assetChecks).where(isNull(assetChecks.photoThumbnailFileId))).toEqual([]);
  });

  it('reports a photo removed or previewed while its batch was decoded as skipped, not made', async () => {
    await context.database.db.update(resultEvidence).set({ thumbnailFileId: null });
    let gone: string | undefined;
    // The batch's first photo is no longer due by the time the batch is saved.
    const racing = {
      ...evidencePhotoPreviews,
      lockDue: async (...args: Parameters<typeof evidencePhotoPreviews.lockDue>) => {
        const due = await evidencePhotoPreviews.lockDue(...args);
        gone = due[0]?.id;
        return due.slice(1);
      },
    };
    const reported: JobItemReport[] = [];
    const result = await makeMissingPreviews(
      {
        database: context.database,
        reportProgress: async () => {},
        reportItems: async (items) => {
          reported.push(...items);
        },
      },
      3,
      [racing],
    );
    expect(result).toEqual({ made: 2, refused: 0 });
    const skipped = reported.find((item) => item.itemKey === gone);
    expect(skipped?.messages[0]?.en).toContain('Skipped: the photo was removed or given a preview meanwhile');
    expect(skipped?.messages[0]?.th).toContain('ข้ามไป');
    expect(reported.filter((item) => item.messages[0]?.en.endsWith('Preview made'))).toHaveLength(2);
  });
});
