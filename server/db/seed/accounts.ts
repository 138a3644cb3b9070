import { randomBytes } from 'node:crypto';
import { count } from 'drizzle-orm';
import type { Role } from '../../../domain/auth/roles.js';
import { hashPassword } from '../../platform/auth/password.js';
import type { Database } from '../../platform/db/client.js';
import { userRoles, userScopes, users } from '../../platform/auth/tables.js';

/** The password of every demo account (README; demo data only). */
export const DEMO_PASSWORD = 'areaplan-demo';
export const DEFAULT_ADMIN_USERNAME = 'admin';

export type AccountSeed = {
  username: string;
  displayName: string;
  roles: Role[];
  capture: string[];
  view: string[];
  agencyId?: string | null;
};

/** Creates one account with its roles and scopes. */
export async function insertAccount(
  database: Database,
  account: AccountSeed,
  passwordHash: string,
  isDemo: boolean,
) {
  await database.db.transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        isDemo,
        agencyId: account.agencyId ?? null,
      })
      .returning({ id: users.id });
    const userId = user?.id ?? '';
    await tx.insert(userRoles).values(account.roles.map((role) => ({ userId, role })));
    const scopes = [
      ...account.capture.map((scopeRef) => ({ userId, kind: 'capture' as const, scopeRef })),
      ...account.view.map((scopeRef) => ({ userId, kind: 'view' as const, scopeRef })),
    ];
    if (scopes.length > 0) {
      await tx.insert(userScopes).values(scopes);
    }
  });
}

/**
 * Creates the administrator on first start (features add demo accounts after it).
 * Returns a generated admin password when one had to be made up, so the operator can read it once.
 */
export async function seedAdministrator(
  database: Database,
  options: { demo: boolean; adminPassword?: string },
): Promise<{ generatedAdminPassword?: string }> {
  const [existing] = await database.db.select({ value: count() }).from(users);
  if ((existing?.value ?? 0) > 0) {
    return {};
  }
  const generated =
    !options.demo && !options.adminPassword ? randomBytes(12).toString('base64url') : undefined;
  const adminPassword = options.adminPassword ?? generated ?? DEMO_PASSWORD;
  await insertAccount(
    database,
    {
      username: DEFAULT_ADMIN_USERNAME,
      displayName: 'ผู้ดูแลระบบ',
      roles: ['system_admin'],
      capture: ['national'],
      view: ['national'],
    },
    await hashPassword(adminPassword),
    false,
  );
  return generated ? { generatedAdminPassword: generated } : {};
}
