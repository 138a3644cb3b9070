import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { staleVersion } from '../../platform/http/errors.js';
import { checkVersion } from '../../platform/http/versions.js';
import { findIndicator } from './catalogue.js';
import { indicatorTargets } from './tables.js';

/**
 * A province sets (or changes) its own target for an indicator. A first target needs no version;
 * changing one needs If-Match with the version the writer saw (428 without, 412 when stale).
 */
export async function setTarget(
  deps: DatabaseDeps,
  actor: Actor,
  params: { id: string; provinceCode: string },
  target: number,
  version: number | null,
) {
  authorize(actor, 'indicator.target', params.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    await findIndicator(tx, params.id);
    const where = and(
      eq(indicatorTargets.indicatorId, params.id),
      eq(indicatorTargets.provinceCode, params.provinceCode),
    );
    const [before] = await tx.select().from(indicatorTargets).where(where).for('update');
    checkVersion(before?.version, version);
    const [row] = before
      ? await tx
          .update(indicatorTargets)
          .set({ target, version: before.version + 1, updatedBy: actor.userId, updatedAt: new Date() })
          .where(where)
          .returning()
      : await tx
          .insert(indicatorTargets)
          .values({
            indicatorId: params.id,
            provinceCode: params.provinceCode,
            target,
            updatedBy: actor.userId,
          })
          .returning();
    if (!row) {
      throw staleVersion(before?.version ?? 0);
    }
    await recordAudit(tx, actor, {
      entityType: 'indicator_target',
      entityId: `${params.id}/${params.provinceCode}`,
      action: before ? 'update' : 'create',
      before: before ? { target: before.target } : null,
      after: { target: row.target },
      provinceCode: params.provinceCode,
    });
    return {
      indicatorId: row.indicatorId,
      provinceCode: row.provinceCode,
      target: row.target,
      version: row.version,
    };
  });
}
