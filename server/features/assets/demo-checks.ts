import { eq, inArray } from 'drizzle-orm';
import { HELD_ASSET_STATUSES } from '../../../domain/assets/checks.js';
import { demoCheckDate } from '../../../domain/assets/demo-checks.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import type { Queryable } from '../../platform/db/client.js';
import { demoJpeg } from '../../platform/files/demo-picture.js';
import { storeFile } from '../../platform/files/stored-files.js';
import { assetChecks } from './check-tables.js';
import { assets } from './tables.js';

type DemoAsset = typeof assets.$inferSelect;

/** The demo's yearly checks of the assets the province still holds, with their last check date. */
export async function seedDemoChecks(tx: Queryable, inserted: readonly DemoAsset[]): Promise<void> {
  const today = toBangkokIsoDate(new Date());
  const held = inserted.filter((row) => (HELD_ASSET_STATUSES as readonly string[]).includes(row.status));
  const checks = held.flatMap((row, n) => {
    const checkedOn = demoCheckDate(n, row.handoverDate, today);
    return checkedOn === null
      ? []
      : [
          {
            assetId: row.id,
            provinceCode: row.provinceCode,
            clusterId: row.clusterId,
            checkedOn,
            condition: row.condition,
            inUse: n % 7 !== 2,
            note: 'ตรวจสอบพัสดุประจำปี (ข้อมูลสาธิต)',
          },
        ];
  });
  if (checks.length === 0) {
    return;
  }
  const [first] = await tx.insert(assetChecks).values(checks).returning({ id: assetChecks.id });
  if (first && checks[0]) {
    await keepPhotoWithoutPreview(tx, first.id, checks[0].provinceCode);
  }
  for (const day of new Set(checks.map((check) => check.checkedOn))) {
    const ids = checks.filter((check) => check.checkedOn === day).map((check) => check.assetId);
    await tx.update(assets).set({ lastCheckedOn: day }).where(inArray(assets.id, ids));
  }
}

/**
 * The first demo check carries a photo kept as before previews were made on upload (assets
 * migration 0005): no preview, so the administrator's photo preview job has one to make.
 */
async function keepPhotoWithoutPreview(tx: Queryable, checkId: string, provinceCode: string) {
  const content = await demoJpeg(`<rect width="640" height="480" fill="#8ab"/>
    <rect x="200" y="180" width="240" height="160" fill="#556" stroke="#222" stroke-width="4"/>`);
  const photoFileId = await storeFile(tx, {
    fileName: 'demo-check.jpg',
    mimeType: 'image/jpeg',
    content,
    createdBy: null,
    provinceCode,
  });
  await tx.update(assetChecks).set({ photoFileId }).where(eq(assetChecks.id, checkId));
}
