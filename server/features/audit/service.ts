import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, AuditListFilter } from '../../../domain/audit/audit.js';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Page } from '../../../domain/common/paging.js';
import { provincesOf } from '../../../domain/auth/scope.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { auditEvents } from '../../platform/audit/tables.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { users } from '../../platform/auth/tables.js';

/**
 * Audit events, newest first, filtered by entity and/or user, limited to the actor's view scope; each
 * named by `entityLabel` (built from the features' labels by `entityLabelOf`).
 */
export async function listAuditEvents(
  deps: DatabaseDeps,
  entityLabel: SQL<string | null>,
  actor: Actor,
  query: AuditListFilter,
): Promise<Page<AuditEntry>> {
  authorize(actor, 'audit.read');
  const provinces = provincesOf(actor.viewScope);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = and(
      query.entityType ? eq(auditEvents.entityType, query.entityType) : undefined,
      query.entityId ? eq(auditEvents.entityId, query.entityId) : undefined,
      query.actorUserId ? eq(auditEvents.actorUserId, query.actorUserId) : undefined,
      // Events without a province (accounts, sign-ins, reference data) are not about a scoped
      // reader's area: they would show other provinces' users and their scopes.
      actor.viewScope.all
        ? undefined
        : sql`${auditEvents.provinceCode} = any(${sql.param(provinces)}::text[])`,
    );
    const rows = await tx
      .select({ event: auditEvents, actorDisplayName: users.displayName, entityLabel })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorUserId))
      .where(where)
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(auditEvents).where(where);
    return {
      items: rows.map(({ event, actorDisplayName, entityLabel: label }) => ({
        id: event.id,
        occurredAt: event.occurredAt.toISOString(),
        actorUserId: event.actorUserId,
        actorName: actorDisplayName ?? event.actorName,
        entityType: event.entityType,
        entityId: event.entityId,
        entityLabel: label,
        action: event.action,
        changes: event.changes,
        reason: event.reason,
        provinceCode: event.provinceCode,
      })),
      total: total?.value ?? 0,
    };
  });
}
