import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../../platform/db/columns.js';

/**
 * Questions handed out with the portal's need form; each answers one submission. Holds no personal
 * data (not even the address that asked), so it needs no province wall; old rows are pruned on issue.
 */
export const portalChallenges = pgTable(
  'portal_challenges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    answer: text('answer').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (table) => [index('portal_challenges_expires_idx').on(table.expiresAt)],
);

/**
 * The public copy of a published plan version's PDF, rendered on its first request and kept: a
 * published version never changes, so one render serves every reader. Public data only; the
 * portal reads it through the open_plan_documents view (its migration), published versions only.
 */
export const portalPlanDocuments = pgTable('portal_plan_documents', {
  planVersionId: uuid('plan_version_id').primaryKey(),
  fileName: text('file_name').notNull(),
  content: bytea('content').notNull(),
  renderedAt: timestamp('rendered_at', { withTimezone: true }).notNull().defaultNow(),
});
