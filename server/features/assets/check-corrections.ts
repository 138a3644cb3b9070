import { and, eq, inArray } from 'drizzle-orm';
import type { AssetCheck } from '../../../domain/assets/asset-response.js';
import {
  assetCheckProblem,
  isHeldAsset,
  latestCheck,
  type AssetCheckUpdate,
} from '../../../domain/assets/checks.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, notFound, staleVersion } from '../../platform/http/errors.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { loadManageableAsset } from './access.js';
import { assetChecks } from './check-tables.js';
import { presentAssetCheck } from './presenter.js';
import { assets } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

const CHECK = { th: 'การตรวจสอบพัสดุประจำปี', en: 'Asset check' };
const HANDED_OVER = {
  th: 'ทรัพย์สินที่โอนหรือจำหน่ายแล้ว ไม่แก้ไขหรือถอนผลการตรวจสอบ',
  en: 'The checks of a transferred or written-off asset are no longer corrected or withdrawn',
};

/** A check of an asset the actor may manage (404 outside its view, 403 outside its capture scope), at the version the client read. */
async function loadCheckAtVersion(tx: Queryable, actor: Actor, id: string, expected: number) {
  const [check] = await tx.select().from(assetChecks).where(eq(assetChecks.id, id));
  if (!check) {
    throw notFound(CHECK);
  }
  const asset = await loadManageableAsset(tx, actor, check.assetId);
  if (check.version !== expected) {
    throw staleVersion(check.version);
  }
  return { check, asset };
}

type AssetRow = typeof assets.$inferSelect;

/** Keeps the asset's last check date and condition those of its latest remaining check. */
async function followLatestCheck(tx: Queryable, asset: AssetRow): Promise<void> {
  const remaining = await tx.select().from(assetChecks).where(eq(assetChecks.assetId, asset.id));
  const latest = latestCheck(remaining);
  // With no check left, the condition before the first check is not kept: the asset keeps its last one.
  const next = latest
    ? { lastCheckedOn: latest.checkedOn, condition: latest.condition }
    : { lastCheckedOn: null, condition: asset.condition };
  if (next.lastCheckedOn !== asset.lastCheckedOn || next.condition !== asset.condition) {
    await tx
      .update(assets)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(assets.id, asset.id));
  }
}

/** Corrects a recorded yearly check (If-Match), under the same rules as recording it; audited. */
export async function correctAssetCheck(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Omit<AssetCheckUpdate, 'version'>,
): Promise<AssetCheck> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const { check, asset } = await loadCheckAtVersion(tx, actor, id, expected);
    const checkedOn = input.checkedOn ?? check.checkedOn;
    const problem = assetCheckProblem(asset, checkedOn, toBangkokIsoDate(new Date()));
    if (problem) {
      throw conflict(problem);
    }
    const [after] = await tx
      .update(assetChecks)
      .set({ ...input, version: check.version + 1 })
      .where(and(eq(assetChecks.id, id), eq(assetChecks.version, check.version)))
      .returning();
    if (!after) {
      throw await lostVersionRace(tx, assetChecks, id, CHECK);
    }
    await followLatestCheck(tx, asset);
    await recordAudit(tx, actor, {
      entityType: 'asset_check',
      entityId: asset.id,
      action: 'update',
      provinceCode: asset.provinceCode,
      before: { checkId: id, ...pick(check, input) },
      after: { checkId: id, ...pick(after, input) },
    });
    return presentAssetCheck(after);
  });
}

/** Withdraws a recorded check with its photo (If-Match); the asset follows its latest remaining check. */
export async function withdrawAssetCheck(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
): Promise<void> {
  await inActorTransaction(deps.database, actor, async (tx) => {
    const { check, asset } = await loadCheckAtVersion(tx, actor, id, expected);
    if (!isHeldAsset(asset.status)) {
      throw conflict(HANDED_OVER);
    }
    // Guarded like the correction: a correction committed meanwhile leaves nothing to delete here.
    const [withdrawn] = await tx
      .delete(assetChecks)
      .where(and(eq(assetChecks.id, id), eq(assetChecks.version, expected)))
      .returning({ id: assetChecks.id });
    if (!withdrawn) {
      throw await lostVersionRace(tx, assetChecks, id, CHECK);
    }
    const files = [check.photoFileId, check.photoThumbnailFileId].filter((file) => file !== null);
    if (files.length > 0) {
      await tx.delete(storedFiles).where(inArray(storedFiles.id, files));
    }
    await followLatestCheck(tx, asset);
    await recordAudit(tx, actor, {
      entityType: 'asset_check',
      entityId: asset.id,
      action: 'delete',
      provinceCode: asset.provinceCode,
      changes: {
        checkId: [id, null],
        checkedOn: [check.checkedOn, null],
        condition: [check.condition, null],
        inUse: [check.inUse, null],
      },
    });
  });
}

type CheckRow = typeof assetChecks.$inferSelect;

/** The fields of a check that a correction named. */
function pick(row: CheckRow, input: Omit<AssetCheckUpdate, 'version'>): Partial<CheckRow> {
  return Object.fromEntries(Object.keys(input).map((key) => [key, row[key as keyof typeof input]]));
}
