import type { SQL, SQLWrapper } from 'drizzle-orm';

/**
 * What a feature hands the audit trail so readers see its records by name, not by id: per entity type
 * it records, a scalar subquery giving the label of the record whose id (as text) is `entityId`. It is
 * run under the reader's row-level security, so the label is null where the reader may not see the
 * record. The registry (`server/features/index.ts`) hands every feature's labels to `auditFeature`.
 */
export type EntityLabels = Readonly<Record<string, (entityId: SQLWrapper) => SQL>>;
