import { asc, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { invalid, notFound, type FieldError } from '../../platform/http/errors.js';
import { agencies } from '../agencies/tables.js';
import { assertCurrentArea } from '../areas/public.js';
import { assetChecks } from './check-tables.js';
import { presentAssetDetail } from './presenter.js';
import { assetEvents, assets } from './tables.js';

export const ASSET = { th: 'ทรัพย์สิน', en: 'Asset' };

/** An asset the actor can see (RLS: its project's provinces and cluster), or 404. */
export async function loadVisibleAsset(tx: Queryable, actor: Actor, id: string) {
  authorize(actor, 'asset.read');
  const [row] = await tx.select().from(assets).where(eq(assets.id, id));
  if (!row) {
    throw notFound(ASSET);
  }
  return row;
}

/** An asset the actor may change: visible (404) and in the actor's capture scope (403). */
export async function loadManageableAsset(tx: Queryable, actor: Actor, id: string) {
  authorize(actor, 'asset.manage');
  const row = await loadVisibleAsset(tx, actor, id);
  authorize(actor, 'asset.manage', row.provinceCode);
  return row;
}

export async function assetDetailOf(tx: Queryable, row: typeof assets.$inferSelect) {
  const events = await tx
    .select()
    .from(assetEvents)
    .where(eq(assetEvents.assetId, row.id))
    .orderBy(asc(assetEvents.recordedAt));
  const checks = await tx
    .select()
    .from(assetChecks)
    .where(eq(assetChecks.assetId, row.id))
    .orderBy(asc(assetChecks.checkedOn), asc(assetChecks.recordedAt));
  return presentAssetDetail(row, events, checks);
}

/** Each location must be a current area and each custodian a known agency (one 400 lists all). */
export async function assertAssetReferences(
  tx: Queryable,
  entries: readonly { locationAreaCode?: string; custodianAgencyId?: string | null }[],
  pathOf: (index: number) => string,
): Promise<void> {
  for (const [index, entry] of entries.entries()) {
    if (entry.locationAreaCode) {
      await assertCurrentArea(tx, entry.locationAreaCode, `${pathOf(index)}locationAreaCode`);
    }
  }
  const ids = [
    ...new Set(entries.flatMap((entry) => (entry.custodianAgencyId ? [entry.custodianAgencyId] : []))),
  ];
  const known =
    ids.length === 0
      ? new Set<string>()
      : new Set(
          (await tx.select({ id: agencies.id }).from(agencies).where(inArray(agencies.id, ids))).map(
            (row) => row.id,
          ),
        );
  const errors: FieldError[] = entries.flatMap((entry, index) =>
    entry.custodianAgencyId && !known.has(entry.custodianAgencyId)
      ? [
          {
            path: `${pathOf(index)}custodianAgencyId`,
            message: { th: 'ไม่พบหน่วยงานผู้ดูแลที่อ้างถึง', en: 'Unknown custodian agency' },
          },
        ]
      : [],
  );
  if (errors.length > 0) {
    throw invalid(errors);
  }
}

/** GET /assets/{id}: an asset the actor can see, with its dated history. */
export async function getAsset(deps: DatabaseDeps, actor: Actor, id: string) {
  return inActorTransaction(deps.database, actor, async (tx) =>
    assetDetailOf(tx, await loadVisibleAsset(tx, actor, id)),
  );
}
