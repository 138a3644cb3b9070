import { sql, type SQL } from 'drizzle-orm';
import { auditEvents } from '../../platform/audit/tables.js';
import type { EntityLabels } from './public.js';

/**
 * What a reader calls the record an audit event is about, from the labels the features registered
 * (a need's reference number, a plan's title, a user's username …); null for an entity type no
 * feature names, or a record the reader may not see.
 */
export function entityLabelOf(registered: readonly EntityLabels[]): SQL<string | null> {
  const labels = registered.flatMap((entry) => Object.entries(entry));
  if (labels.length === 0) {
    return sql<string | null>`null::text`;
  }
  const cases = labels.map(([entityType, label]) => {
    // Written into the statement as a literal: a key is code, never input, and kept to snake_case.
    if (!/^[a-z_]+$/.test(entityType)) {
      throw new Error(`entity type ${JSON.stringify(entityType)} is not snake_case`);
    }
    return sql`when ${sql.raw(`'${entityType}'`)} then (${label(auditEvents.entityId)})`;
  });
  return sql<string | null>`case ${auditEvents.entityType} ${sql.join(cases, sql` `)} end`;
}
