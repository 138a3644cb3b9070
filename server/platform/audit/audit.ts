import type { Actor } from '../../../domain/auth/policy.js';
import type { Queryable } from '../db/client.js';
import { auditEvents, type AuditChanges } from './tables.js';

const IGNORED_FIELDS = new Set(['version', 'updatedAt', 'createdAt', 'searchTokens', 'passwordHash']);

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString() : (value ?? null));
}

/** Fields whose values differ between two snapshots of a row (either side may be absent). */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): AuditChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChanges = {};
  for (const key of keys) {
    if (IGNORED_FIELDS.has(key)) {
      continue;
    }
    const old = before?.[key] ?? null;
    const next = after?.[key] ?? null;
    if (comparable(old) !== comparable(next)) {
      changes[key] = [old, next];
    }
  }
  return changes;
}

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  changes?: AuditChanges;
  reason?: string | null;
  provinceCode?: string | null;
  /** Who acted when no signed-in user did (e.g. a seed); unauthenticated attempts leave it empty. */
  actorName?: string | null;
};

/** Records one write in the same transaction as the write itself (the actor only names who acted). */
export async function recordAudit(
  db: Queryable,
  actor: Pick<Actor, 'userId'> | null,
  entry: AuditEntry,
): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: actor?.userId ?? null,
    actorName: entry.actorName ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? changedFields(entry.before ?? null, entry.after ?? null),
    reason: entry.reason ?? null,
    provinceCode: entry.provinceCode ?? null,
  });
}
