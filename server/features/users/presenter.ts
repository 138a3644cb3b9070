import type { Role } from '../../../domain/auth/roles.js';
import type { User } from '../../../domain/users/user.js';
import type { users } from '../../platform/auth/tables.js';

/** The fields a client may see of a user: never the hash or lockout counters. */
export function presentUser(
  user: typeof users.$inferSelect,
  roles: Role[],
  scopes: { kind: 'capture' | 'view'; scopeRef: string }[],
): User {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: user.email,
    agencyId: user.agencyId,
    locale: user.locale,
    isActive: user.isActive,
    isDemo: user.isDemo,
    roles: [...roles].sort(),
    captureScope: scopes
      .filter((scope) => scope.kind === 'capture')
      .map((scope) => scope.scopeRef)
      .sort(),
    viewScope: scopes
      .filter((scope) => scope.kind === 'view')
      .map((scope) => scope.scopeRef)
      .sort(),
    version: user.version,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    lockedUntil: user.lockedUntil?.toISOString() ?? null,
  };
}
