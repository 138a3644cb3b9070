import { asc, eq, inArray } from 'drizzle-orm';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  NEED_LINK_TYPE_LABELS,
  type NeedFacts,
  type NeedInput,
  type NeedLinkType,
  type NeedUpdateInput,
} from '../../../domain/needs/need.js';
import type { Need } from '../../../domain/needs/need-response.js';
import { decideTransition } from '../../../domain/needs/state-machine.js';
import { fiscalYearOf } from '../../../domain/thai/index.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, staleVersion } from '../../platform/http/errors.js';
import { assertCurrentArea } from '../areas/public.js';
import { assertDimension, loadManageableNeed } from './access.js';
import { presentNeed } from './presenter.js';
import { needs } from './tables.js';
import { applyNeedFacts, factsOf, insertNeeds } from './writes.js';

/** Records a need on an open area within the actor's capture scope. */
export async function createNeed(deps: DatabaseDeps, actor: Actor, input: NeedInput): Promise<Need> {
  authorize(actor, 'need.manage', input.areaCode);
  return inActorTransaction(deps.database, actor, (tx) => recordNeed(tx, actor, input));
}

/** `createNeed` in the caller's transaction, for a feature that records a need with its own rows. */
export async function recordNeed(tx: Queryable, actor: Actor, input: NeedInput): Promise<Need> {
  authorize(actor, 'need.manage', input.areaCode);
  await assertCurrentArea(tx, input.areaCode);
  await assertDimension(tx, input.dimensionId, { allowInactive: false });
  const facts: NeedFacts = {
    ...input,
    sourceDocument: input.sourceDocument ?? null,
    sourceDate: input.sourceDate ?? null,
    sourcePriority: input.sourcePriority ?? null,
    fiscalYear: input.fiscalYear ?? fiscalYearOf(new Date()),
  };
  const [created] = await insertNeeds(tx, actor.userId, [facts]);
  if (!created) {
    throw new Error('insert returned no row');
  }
  await recordAudit(tx, actor, {
    entityType: 'need',
    entityId: created.id,
    action: 'create',
    after: presentNeed(created),
    provinceCode: created.provinceCode,
  });
  return presentNeed(created);
}

/** Edits a need's recorded facts; a need may not leave its province, and merged needs are read-only. */
export async function updateNeed(
  deps: DatabaseDeps,
  actor: Actor,
  id: string,
  expected: number,
  input: NeedUpdateInput,
): Promise<Need> {
  authorize(actor, 'need.manage');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const current = await loadManageableNeed(tx, actor, id);
    if (input.areaCode !== undefined) {
      authorize(actor, 'need.manage', input.areaCode);
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    if (current.status === 'merged') {
      throw conflict({ th: 'ความต้องการที่ถูกรวมแล้วแก้ไขไม่ได้', en: 'A merged need cannot be edited' });
    }
    const { reason, version: _version, ...changes } = input;
    const facts: NeedFacts = { ...factsOf(current), ...changes };
    if (facts.areaCode !== current.areaCode) {
      if (provinceCodeOf(facts.areaCode) !== current.provinceCode) {
        throw invalid([
          {
            path: 'areaCode',
            message: { th: 'ย้ายความต้องการไปจังหวัดอื่นไม่ได้', en: 'A need cannot move to another province' },
          },
        ]);
      }
      await assertCurrentArea(tx, facts.areaCode);
    }
    await assertDimension(tx, facts.dimensionId, {
      allowInactive: facts.dimensionId === current.dimensionId,
    });
    return presentNeed(await applyNeedFacts(tx, actor, current, facts, reason ?? null));
  });
}

export type NeedLinkTarget = { type: NeedLinkType; id: string; label: string };

/**
 * Marks needs as answered by a plan issue, project-set item or project (for the plans feature, in its
 * transaction): received/screened needs become linked; needs in other states are left as they are.
 */
export async function linkNeedsToEntity(
  tx: Queryable,
  actor: Actor,
  needIds: readonly string[],
  target: NeedLinkTarget,
  reason?: string,
) {
  const ids = [...new Set(needIds)];
  const rows =
    ids.length > 0
      ? await tx
          .select()
          .from(needs)
          .where(inArray(needs.id, ids))
          .orderBy(asc(needs.referenceNo))
          .for('update')
      : [];
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) {
    throw invalid([
      {
        path: 'needIds',
        message: {
          th: `ไม่พบความต้องการ ${missing.length} รายการ`,
          en: `${missing.length} of the needs were not found`,
        },
      },
    ]);
  }
  const linked: string[] = [];
  const unchanged: string[] = [];
  for (const row of rows) {
    authorize(actor, 'need.manage', row.areaCode);
    if (!decideTransition(row.status, 'link').allowed) {
      unchanged.push(row.id);
      continue;
    }
    const [updated] = await tx
      .update(needs)
      .set({
        status: 'linked',
        linkedEntityType: target.type,
        linkedEntityId: target.id,
        linkedLabel: target.label,
        statusReason: reason ?? null,
        statusChangedAt: new Date(),
        version: row.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(needs.id, row.id))
      .returning();
    await recordAudit(tx, actor, {
      entityType: 'need',
      entityId: row.id,
      action: 'link',
      before: presentNeed(row),
      after: updated ? presentNeed(updated) : null,
      reason: reason ?? `${NEED_LINK_TYPE_LABELS[target.type].th}: ${target.label}`,
      provinceCode: row.provinceCode,
    });
    linked.push(row.id);
  }
  return { linked, unchanged };
}

/** Short descriptions of needs for other features to display (needs the reader cannot see are left out). */
export async function describeNeeds(tx: Queryable, ids: readonly string[]) {
  if (ids.length === 0) {
    return [];
  }
  return tx
    .select({
      id: needs.id,
      referenceNo: needs.referenceNo,
      title: needs.title,
      areaCode: needs.areaCode,
      status: needs.status,
    })
    .from(needs)
    .where(inArray(needs.id, [...new Set(ids)]))
    .orderBy(asc(needs.referenceNo));
}
