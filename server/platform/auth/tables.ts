import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../../domain/auth/roles.js';
import { timestamps, versionColumn } from '../db/columns.js';

/** Who may sign in; the identity the platform authenticates and audits. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Lower-case login name. */
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  email: text('email'),
  passwordHash: text('password_hash').notNull(),
  /** The foreign key to agencies belongs to the agencies feature's migrations. */
  agencyId: uuid('agency_id'),
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

/** Server-side sessions: the cookie holds a random token, the table its SHA-256, so a leak of the table cannot sign anyone in. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    ipAddress: text('ip_address'),
    userAgent: text('user_agent'),
  },
  (table) => [index('sessions_user_idx').on(table.userId)],
);
