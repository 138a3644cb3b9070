import { sql } from 'drizzle-orm';
import type { EntityLabels } from '../audit/public.js';

/** How the audit trail names this feature's records (see `EntityLabels`). */
export const trainingAuditLabels: EntityLabels = {
  training_event: (id) => sql`select t.title from training_events t where t.id::text = ${id}`,
};
