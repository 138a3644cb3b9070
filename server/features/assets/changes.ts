import { and, eq } from 'drizzle-orm';
import type { AssetTransitionInput, AssetUpdate } from '../../../domain/assets/asset-input.js';
import type { AssetDetail } from '../../../domain/assets/asset-response.js';
import { ASSET_TRANSITION_RULES, assetTransitionProblem } from '../../../domain/assets/transitions.js';
import type { Actor } from '../../../domain/auth/policy.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { conflict, staleVersion } from '../../platform/http/errors.js';
import { ASSET, assertAssetReferences, assetDetailOf, loadManageableAsset } from './access.js';
import { searchTextOf } from './presenter.js';
import { assetEvents, assets } from './tables.js';
import { lostVersionRace } from '../../platform/db/version-race.js';

async function loadAtVersion(tx: Queryable, actor: Actor, id: string, expected: number) {
  const row = await loadManageableAsset(tx, actor, id);
  if (row.version !== expected) {
    throw staleVersion(row.version);
  }
  return row;
}

/** Edits what changes over an asset's life (If-Match); audited field by field. */
export async function updateAsset(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Omit<AssetUpdate, 'version'>,
): Promise<AssetDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const before = await loadAtVersion(tx, actor, id, expected);
    await assertAssetReferences(tx, [input], () => '');
    const next = { ...before, ...input };
    const [after] = await tx
      .update(assets)
      .set({ ...input, searchText: searchTextOf(next), version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(assets.id, id), eq(assets.version, before.version)))
      .returning();
    if (!after) {
      throw await lostVersionRace(tx, assets, id, ASSET);
    }
    await recordAudit(tx, actor, {
      entityType: 'asset',
      entityId: id,
      action: 'update',
      provinceCode: before.provinceCode,
      before: Object.fromEntries(Object.keys(input).map((key) => [key, before[key as keyof typeof input]])),
      after: { ...input },
    });
    return assetDetailOf(tx, after);
  });
}

/** Moves an asset along the transfer line (If-Match), with the step's document or reason; dated. */
export async function transitionAsset(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: Omit<AssetTransitionInput, 'version'>,
): Promise<AssetDetail> {
  return inActorTransaction(deps.database, actor, async (tx) => {
    const before = await loadAtVersion(tx, actor, id, expected);
    const problem = assetTransitionProblem(before.status, input.action, input);
    if (problem) {
      throw conflict(problem);
    }
    const toStatus = ASSET_TRANSITION_RULES[input.action].to;
    const [after] = await tx
      .update(assets)
      .set({ status: toStatus, version: before.version + 1, updatedAt: new Date() })
      .where(and(eq(assets.id, id), eq(assets.version, before.version)))
      .returning();
    if (!after) {
      throw await lostVersionRace(tx, assets, id, ASSET);
    }
    await tx.insert(assetEvents).values({
      assetId: id,
      provinceCode: before.provinceCode,
      clusterId: before.clusterId,
      action: input.action,
      fromStatus: before.status,
      toStatus,
      eventDate: input.eventDate,
      documentRef: input.documentRef,
      reason: input.reason,
      actorId: actor.userId,
    });
    await recordAudit(tx, actor, {
      entityType: 'asset',
      entityId: id,
      action: input.action,
      provinceCode: before.provinceCode,
      changes: { status: [before.status, toStatus] },
      reason: input.reason,
    });
    return assetDetailOf(tx, after);
  });
}
