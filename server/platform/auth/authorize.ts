import { decide, type Action, type Actor } from '../../../domain/auth/policy.js';
import { forbidden } from '../http/errors.js';

/**
 * The one permission check every service call goes through: role × action × scope.
 * Throws 403 when the actor lacks the role or the record lies outside the scope.
 */
export function authorize(actor: Actor, action: Action, areaCode?: string | null): void {
  const decision = decide(actor, action, areaCode);
  if (!decision.allowed) {
    throw forbidden();
  }
}

/** The same check without throwing: for loaders that hide out-of-scope records as not found. */
export function isAllowed(actor: Actor, action: Action, areaCode?: string | null): boolean {
  return decide(actor, action, areaCode).allowed;
}
