import { and, asc, count, eq, ilike, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Role } from '../../../domain/auth/roles.js';
import type { Page } from '../../../domain/common/paging.js';
import type { User, UserCreateInput, UserUpdateInput, UserListFilter } from '../../../domain/users/user.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import { hashPassword } from '../../platform/auth/password.js';
import { revokeUserSessions } from '../../platform/auth/sessions.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { conflict, invalid, notFound, staleVersion } from '../../platform/http/errors.js';
import { findMissingScopeRefs } from '../areas/public.js';
import { agencies } from '../agencies/tables.js';
import { presentUser } from './presenter.js';
import { userRoles, userScopes, users } from '../../platform/auth/tables.js';

const USER = { th: 'ผู้ใช้', en: 'User' };

async function presentMany(db: Queryable, rows: (typeof users.$inferSelect)[]): Promise<User[]> {
  const ids = rows.map((row) => row.id);
  if (ids.length === 0) {
    return [];
  }
  const roleRows = await db.select().from(userRoles).where(inArray(userRoles.userId, ids));
  const scopeRows = await db.select().from(userScopes).where(inArray(userScopes.userId, ids));
  return rows.map((row) =>
    presentUser(
      row,
      roleRows.filter((role) => role.userId === row.id).map((role) => role.role as Role),
      scopeRows.filter((scope) => scope.userId === row.id),
    ),
  );
}

/** One user as clients see it, or null. */
export async function findUserPresentation(db: Queryable, userId: string): Promise<User | null> {
  const rows = await db.select().from(users).where(eq(users.id, userId));
  const [presented] = await presentMany(db, rows);
  return presented ?? null;
}

/** Users matching an optional name search, newest first. */
export async function listUsers(
  deps: DatabaseDeps,
  actor: Actor,
  query: UserListFilter,
): Promise<Page<User>> {
  authorize(actor, 'user.read');
  return inActorTransaction(deps.database, actor, async (tx) => {
    const pattern = query.q ? `%${query.q}%` : undefined;
    const where = pattern ? or(ilike(users.username, pattern), ilike(users.displayName, pattern)) : undefined;
    const rows = await tx
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(users.username))
      .limit(query.limit)
      .offset(query.offset);
    const [total] = await tx.select({ value: count() }).from(users).where(where);
    return { items: await presentMany(tx, rows), total: total?.value ?? 0 };
  });
}

export async function getUser(deps: DatabaseDeps, actor: Actor, userId: string): Promise<User> {
  authorize(actor, 'user.read');
  const presented = await inActorTransaction(deps.database, actor, (tx) => findUserPresentation(tx, userId));
  if (!presented) {
    throw notFound(USER);
  }
  return presented;
}

async function assertReferencesExist(
  db: Queryable,
  input: { agencyId?: string | null; captureScope?: string[]; viewScope?: string[] },
) {
  const missing = await findMissingScopeRefs(db, [...(input.captureScope ?? []), ...(input.viewScope ?? [])]);
  const fieldErrors = missing.map((ref) => ({
    path: (input.captureScope ?? []).includes(ref) ? 'captureScope' : 'viewScope',
    message: { th: `ไม่พบพื้นที่หรือกลุ่ม "${ref}"`, en: `Unknown area or group "${ref}"` },
  }));
  if (input.agencyId) {
    const [agency] = await db
      .select({ id: agencies.id })
      .from(agencies)
      .where(eq(agencies.id, input.agencyId));
    if (!agency) {
      fieldErrors.push({ path: 'agencyId', message: { th: 'ไม่พบหน่วยงานนี้', en: 'Unknown agency' } });
    }
  }
  if (fieldErrors.length > 0) {
    throw invalid(fieldErrors);
  }
}

async function replaceRolesAndScopes(
  db: Queryable,
  userId: string,
  input: { roles?: Role[]; captureScope?: string[]; viewScope?: string[] },
) {
  if (input.roles) {
    await db.delete(userRoles).where(eq(userRoles.userId, userId));
    await db.insert(userRoles).values([...new Set(input.roles)].map((role) => ({ userId, role })));
  }
  for (const kind of ['capture', 'view'] as const) {
    const refs = kind === 'capture' ? input.captureScope : input.viewScope;
    if (refs) {
      await db.delete(userScopes).where(and(eq(userScopes.userId, userId), eq(userScopes.kind, kind)));
      const unique = [...new Set(refs)];
      if (unique.length > 0) {
        await db.insert(userScopes).values(unique.map((scopeRef) => ({ userId, kind, scopeRef })));
      }
    }
  }
}

/** Creates a user with roles and scopes; the password is stored only as an argon2id hash. */
export async function createUser(deps: DatabaseDeps, actor: Actor, input: UserCreateInput): Promise<User> {
  authorize(actor, 'user.manage');
  const passwordHash = await hashPassword(input.password);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [existing] = await tx
      .select({ id: users.id })
      .from(users)
      .where(eq(users.username, input.username));
    if (existing) {
      throw conflict({ th: `มีชื่อผู้ใช้ "${input.username}" แล้ว`, en: `Username "${input.username}" is taken` });
    }
    await assertReferencesExist(tx, input);
    const [created] = await tx
      .insert(users)
      .values({
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash,
        agencyId: input.agencyId ?? null,
        locale: input.locale ?? 'th',
      })
      .returning();
    if (!created) {
      throw new Error('insert returned no row');
    }
    await replaceRolesAndScopes(tx, created.id, input);
    const presented = await findUserPresentation(tx, created.id);
    if (!presented) {
      throw notFound(USER);
    }
    await recordAudit(tx, actor, {
      entityType: 'user',
      entityId: created.id,
      action: 'create',
      after: { ...presented, lastLoginAt: undefined },
    });
    return presented;
  });
}

/** Updates a user; role, scope, password and activation changes end the user's sessions. */
export async function updateUser(
  deps: DatabaseDeps,
  actor: Actor,
  userId: string,
  expected: number,
  input: UserUpdateInput,
): Promise<User> {
  authorize(actor, 'user.manage');
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const [current] = await tx.select().from(users).where(eq(users.id, userId)).for('update');
    if (!current) {
      throw notFound(USER);
    }
    if (current.version !== expected) {
      throw staleVersion(current.version);
    }
    await assertReferencesExist(tx, input);
    const before = await findUserPresentation(tx, userId);
    await tx
      .update(users)
      .set({
        displayName: input.displayName ?? current.displayName,
        email: input.email === undefined ? current.email : input.email,
        agencyId: input.agencyId === undefined ? current.agencyId : input.agencyId,
        locale: input.locale ?? current.locale,
        isActive: input.isActive ?? current.isActive,
        passwordHash: passwordHash ?? current.passwordHash,
        version: current.version + 1,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await replaceRolesAndScopes(tx, userId, input);
    const after = await findUserPresentation(tx, userId);
    if (!after || !before) {
      throw notFound(USER);
    }
    const securityChanged =
      passwordHash !== undefined ||
      input.roles ||
      input.captureScope ||
      input.viewScope ||
      input.isActive === false;
    if (securityChanged) {
      await revokeUserSessions(tx, userId);
    }
    await recordAudit(tx, actor, {
      entityType: 'user',
      entityId: userId,
      action: 'update',
      before: { ...before, lastLoginAt: undefined },
      after: { ...after, lastLoginAt: undefined },
      changes: undefined,
      reason: input.reason ?? null,
    });
    if (passwordHash) {
      await recordAudit(tx, actor, {
        entityType: 'user',
        entityId: userId,
        action: 'password_changed',
        changes: {},
      });
    }
    return after;
  });
}
