import { asc, eq, and, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { NeedAuditEntry, NeedDetail, NeedOutcome } from '../../../domain/needs/need-response.js';
import { availableTransitions } from '../../../domain/needs/state-machine.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { auditEvents } from '../../platform/audit/tables.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { agencies } from '../agencies/tables.js';
import { areas } from '../areas/tables.js';
import { users } from '../../platform/auth/tables.js';
import { canManageNeedIn, loadVisibleNeed, type NeedRow } from './access.js';
import { presentAttachment, presentNeed, presentSource } from './presenter.js';
import { needAttachments, needDimensions, needSources, needs } from './tables.js';

/** The audit trail of one need, oldest first, with who did it. */
export async function needAuditTrail(tx: Queryable, needId: string): Promise<NeedAuditEntry[]> {
  const rows = await tx
    .select({ event: auditEvents, actorDisplayName: users.displayName })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(and(eq(auditEvents.entityType, 'need'), eq(auditEvents.entityId, needId)))
    .orderBy(asc(auditEvents.occurredAt), asc(auditEvents.id))
    .limit(500);
  return rows.map(({ event, actorDisplayName }) => ({
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorName: actorDisplayName ?? event.actorName,
    action: event.action,
    changes: event.changes,
    reason: event.reason,
  }));
}

/** "What happened to it": the current status with its target, reason and the needs merged in. */
async function outcomeOf(tx: Queryable, need: NeedRow): Promise<NeedOutcome> {
  const [mergedInto] = need.mergedIntoId
    ? await tx
        .select({ id: needs.id, referenceNo: needs.referenceNo, title: needs.title, status: needs.status })
        .from(needs)
        .where(eq(needs.id, need.mergedIntoId))
    : [];
  const [agency] = need.forwardedAgencyId
    ? await tx
        .select({ id: agencies.id, nameTh: agencies.nameTh })
        .from(agencies)
        .where(eq(agencies.id, need.forwardedAgencyId))
    : [];
  const mergedFrom = await tx
    .select({ id: needs.id, referenceNo: needs.referenceNo, title: needs.title, areaCode: needs.areaCode })
    .from(needs)
    .where(eq(needs.mergedIntoId, need.id))
    .orderBy(asc(needs.referenceNo));
  return {
    status: need.status,
    reason: need.statusReason,
    changedAt: need.statusChangedAt?.toISOString() ?? null,
    linked: need.linkedEntityType
      ? { type: need.linkedEntityType, id: need.linkedEntityId, label: need.linkedLabel }
      : null,
    forwarded:
      need.status === 'forwarded' || need.forwardReference
        ? {
            agencyId: need.forwardedAgencyId,
            agencyNameTh: agency?.nameTh ?? null,
            toName: need.forwardedToName,
            reference: need.forwardReference,
          }
        : null,
    mergedInto: mergedInto ?? null,
    mergedFrom,
  };
}

/** One need with its area, dimension, sources, attachments, outcome, allowed moves and audit trail. */
export async function getNeed(deps: DatabaseDeps, actor: Actor, id: string): Promise<NeedDetail> {
  authorize(actor, 'need.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const need = await loadVisibleNeed(tx, actor, id);
    const [area] = await tx
      .select({ code: areas.code, level: areas.level, nameTh: areas.nameTh, nameEn: areas.nameEn })
      .from(areas)
      .where(eq(areas.code, need.areaCode));
    const [dimension] = await tx.select().from(needDimensions).where(eq(needDimensions.id, need.dimensionId));
    const sources = await tx
      .select()
      .from(needSources)
      .where(eq(needSources.needId, need.id))
      .orderBy(asc(needSources.createdAt), asc(needSources.id));
    const attachments = await tx
      .select()
      .from(needAttachments)
      .where(eq(needAttachments.needId, need.id))
      .orderBy(asc(needAttachments.createdAt));
    const outcome = await outcomeOf(tx, need);
    const audit = await needAuditTrail(tx, need.id);
    const fromIds = [...new Set(sources.map((source) => source.fromNeedId))];
    const references =
      fromIds.length > 0
        ? await tx
            .select({ id: needs.id, referenceNo: needs.referenceNo })
            .from(needs)
            .where(inArray(needs.id, fromIds))
        : [];
    const referenceOf = new Map(references.map((row) => [row.id, row.referenceNo]));
    const ancestorCodes = [2, 4, 6]
      .filter((length) => length < need.areaCode.length)
      .map((length) => need.areaCode.slice(0, length));
    const ancestors =
      ancestorCodes.length > 0
        ? await tx
            .select({ code: areas.code, nameTh: areas.nameTh })
            .from(areas)
            .where(inArray(areas.code, ancestorCodes))
            .orderBy(asc(areas.code))
        : [];
    return {
      ...presentNeed(need, { areaNameTh: area?.nameTh ?? null, dimensionNameTh: dimension?.nameTh ?? null }),
      area: area ? { ...area, ancestors } : null,
      dimension: dimension
        ? {
            id: dimension.id,
            nameTh: dimension.nameTh,
            nameEn: dimension.nameEn,
            isActive: dimension.isActive,
          }
        : null,
      sources: sources
        .map((source) => presentSource(source, referenceOf.get(source.fromNeedId) ?? null))
        // Its own source first, then merged ones in reference order.
        .sort(
          (a, b) =>
            Number(b.fromNeedId === need.id) - Number(a.fromNeedId === need.id) ||
            (a.fromReferenceNo ?? '').localeCompare(b.fromReferenceNo ?? ''),
        ),
      attachments: attachments.map(presentAttachment),
      outcome,
      availableTransitions: canManageNeedIn(actor, need.areaCode) ? availableTransitions(need.status) : [],
      audit,
    };
  });
}
