import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
