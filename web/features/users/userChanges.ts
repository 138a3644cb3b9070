import type { Role } from '../../../domain/auth/roles.js';
import type { User } from '../../app/api/types.js';
import type { UpdateUserBody } from './api.js';

export interface EditUserValues {
  displayName?: string;
  email?: string | null;
  agencyId?: string | null;
  isActive?: boolean;
  roles?: Role[];
  captureScope?: string[];
  viewScope?: string[];
  reason?: string;
}

export function userToEditValues(user: User): EditUserValues {
  return {
    displayName: user.displayName,
    email: user.email,
    agencyId: user.agencyId,
    isActive: user.isActive,
    roles: user.roles,
    captureScope: user.captureScope,
    viewScope: user.viewScope,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

/** Only the fields the user actually changed, so the audit trail records a precise diff. */
export function changedFields(user: User, values: EditUserValues): UpdateUserBody {
  const body: UpdateUserBody = {};
  const displayName = values.displayName?.trim();
  if (displayName !== undefined && displayName !== user.displayName) {
    body.displayName = displayName;
  }
  const email = values.email?.trim() || null;
  if (email !== user.email) {
    body.email = email;
  }
  const agencyId = values.agencyId ?? null;
  if (agencyId !== user.agencyId) {
    body.agencyId = agencyId;
  }
  if (values.isActive !== undefined && values.isActive !== user.isActive) {
    body.isActive = values.isActive;
  }
  if (values.roles && !sameSet(values.roles, user.roles)) {
    body.roles = values.roles;
  }
  if (values.captureScope && !sameSet(values.captureScope, user.captureScope)) {
    body.captureScope = values.captureScope;
  }
  if (values.viewScope && !sameSet(values.viewScope, user.viewScope)) {
    body.viewScope = values.viewScope;
  }
  const reason = values.reason?.trim();
  if (reason) {
    body.reason = reason;
  }
  return body;
}
