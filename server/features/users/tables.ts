import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../domain/auth/roles.js';
import { timestamps, versionColumn } from '../../db/columns.js';
import { agencies } from '../agencies/tables.js';

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower-case login name. */
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  passwordHash: text('password_hash').notNull(),
  agencyId: uuid('agency_id').references(() => agencies.id),
  locale: text('locale', { enum: ['th', 'en'] })
    .notNull()
    .default('th'),
  isActive: boolean('is_active').notNull().default(true),
  isDemo: boolean('is_demo').notNull().default(false),
  failedLoginCount: integer('failed_login_count').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true }),
  version: versionColumn(),
  ...timestamps(),
});

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: ROLES }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.role] })],
);

/**
 * One row per scope entry: a DOPA area code, `cluster:<id>`, `region:<id>` or `national`.
 * Kept as references, not expanded, so a cluster's membership change moves the scope with it.
 */
export const userScopes = pgTable(
  'user_scopes',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['capture', 'view'] }).notNull(),
    scopeRef: text('scope_ref').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.kind, table.scopeRef] }),
    index('user_scopes_ref_idx').on(table.scopeRef),
  ],
);
