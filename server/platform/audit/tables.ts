import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Changed fields of one write: field → [before, after]. */
export type AuditChanges = Record<string, [unknown, unknown]>;

/** Append-only trail of every write. */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorName: text('actor_name'),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action').notNull(),
    changes: jsonb('changes').$type<AuditChanges>().notNull().default({}),
    reason: text('reason'),
    provinceCode: text('province_code'),
  },
  (table) => [
    index('audit_events_entity_idx').on(table.entityType, table.entityId, table.occurredAt),
    index('audit_events_actor_idx').on(table.actorUserId, table.occurredAt),
    index('audit_events_province_idx').on(table.provinceCode),
  ],
);
