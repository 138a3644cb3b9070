import { asc, eq, inArray } from 'drizzle-orm';
import { decide, type Actor } from '../../../domain/auth/policy.js';
import type { NeedMergeResult } from '../../../domain/needs/need-response.js';
import type { NeedMergeInput } from '../../../domain/needs/state-machine.js';
import { canReceiveMerge, decideTransition } from '../../../domain/needs/state-machine.js';
import { NEED_STATUS_LABELS } from '../../../domain/needs/need.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { loadManageableNeed, NEED } from './access.js';
import { presentNeed } from './presenter.js';
import { needSources, needs } from './tables.js';

/**
 * Merges duplicates into one need, all or nothing: the target gains a copy of every source and the
 * summed beneficiaries; each merged need becomes read-only with status merged and a pointer to it.
 */
export async function mergeNeeds(
  deps: DatabaseDeps,
  actor: Actor,
  targetId: string,
  expected: number,
  input: NeedMergeInput,
): Promise<NeedMergeResult> {
  authorize(actor, 'need.manage');
  const sourceIds = [...new Set(input.needIds)];
  if (sourceIds.includes(targetId)) {
    throw invalid([
      {
        path: 'needIds',
        message: { th: 'รวมความต้องการเข้ากับตัวเองไม่ได้', en: 'A need cannot be merged into itself' },
      },
    ]);
  }
  return inActorTransaction(deps.database, actor, async (tx) => {
    const target = await loadManageableNeed(tx, actor, targetId);
    if (target.version !== expected) {
      throw staleVersion(target.version);
    }
    if (!canReceiveMerge(target.status)) {
      const status = NEED_STATUS_LABELS[target.status];
      throw conflict({
        th: `รวมเข้ากับความต้องการที่มีสถานะ "${status.th}" ไม่ได้`,
        en: `Cannot merge into a need whose status is "${status.en.toLowerCase()}"`,
      });
    }
    const merged = await tx
      .select()
      .from(needs)
      .where(inArray(needs.id, sourceIds))
      .orderBy(asc(needs.referenceNo))
      .for('update');
    for (const id of sourceIds) {
      const row = merged.find((need) => need.id === id);
      if (!row || !decide(actor, 'need.read', row.areaCode).allowed) {
        throw notFound(NEED);
      }
      authorize(actor, 'need.manage', row.areaCode);
      const verdict = decideTransition(row.status, 'merge');
      if (!verdict.allowed) {
        throw conflict(
          {
            th: `${row.referenceNo}: ${verdict.message.th}`,
            en: `${row.referenceNo}: ${verdict.message.en}`,
          },
          { needId: row.id },
        );
      }
    }
    const copies = await tx.select().from(needSources).where(inArray(needSources.needId, sourceIds));
    if (copies.length > 0) {
      await tx.insert(needSources).values(
        copies.map(({ id: _id, createdAt: _createdAt, ...source }) => ({
          ...source,
          needId: target.id,
          provinceCode: target.provinceCode,
        })),
      );
    }
    const now = new Date();
    const [updatedTarget] = await tx
      .update(needs)
      .set({
        households: merged.reduce((sum, need) => sum + need.households, target.households),
        people: merged.reduce((sum, need) => sum + need.people, target.people),
        version: target.version + 1,
        updatedAt: now,
      })
      .where(eq(needs.id, target.id))
      .returning();
    if (!updatedTarget) {
      throw staleVersion(target.version);
    }
    await recordAudit(tx, actor, {
      entityType: 'need',
      entityId: target.id,
      action: 'merge',
      changes: {
        households: [target.households, updatedTarget.households],
        people: [target.people, updatedTarget.people],
        mergedFrom: [null, merged.map((need) => need.referenceNo)],
      },
      reason: input.reason,
      provinceCode: target.provinceCode,
    });
    for (const need of merged) {
      const [after] = await tx
        .update(needs)
        .set({
          status: 'merged',
          mergedIntoId: target.id,
          statusReason: input.reason,
          statusChangedAt: now,
          version: need.version + 1,
          updatedAt: now,
        })
        .where(eq(needs.id, need.id))
        .returning();
      await recordAudit(tx, actor, {
        entityType: 'need',
        entityId: need.id,
        action: 'merged_into',
        before: presentNeed(need),
        after: after ? { ...presentNeed(after), mergedIntoReferenceNo: target.referenceNo } : null,
        reason: input.reason,
        provinceCode: need.provinceCode,
      });
    }
    return {
      need: presentNeed(updatedTarget),
      merged: merged.map((need) => ({ id: need.id, referenceNo: need.referenceNo })),
    };
  });
}
