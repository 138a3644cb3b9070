import { eq } from 'drizzle-orm';
import { allowedActions, type Actor } from '../../../domain/auth/policy.js';
import type { SessionUser } from '../../../domain/auth/session.js';
import { formatThaiDate } from '../../../domain/thai/index.js';
import type { ConfigDeps, DatabaseDeps } from '../../platform/dependencies.js';
import { loadActor } from '../../platform/auth/actor.js';
import { dummyPasswordHash, verifyPassword } from '../../platform/auth/password.js';
import { startSession } from '../../platform/auth/sessions.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { AppError } from '../../platform/http/errors.js';
import { users } from '../../platform/auth/tables.js';
import { findUserPresentation } from '../users/public.js';
import { claimLoginAttempt, clearFailedAttempts, LOCKOUT_MINUTES, lockedUntilOf } from './lockout.js';

const wrongCredentials = (): AppError =>
  new AppError({
    status: 401,
    code: 'wrong-credentials',
    message: { th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง', en: 'Wrong username or password' },
  });

const lockedOut = (until: Date): AppError =>
  new AppError({
    status: 429,
    code: 'locked-out',
    message: {
      th: `บัญชีถูกระงับชั่วคราวเนื่องจากใส่รหัสผ่านผิดหลายครั้ง กรุณาลองใหม่หลัง ${formatThaiDate(until, { style: 'full', withTime: true })}`,
      en: `Too many wrong passwords: the account is locked until ${until.toISOString()}`,
    },
    extra: { lockedUntil: until.toISOString() },
  });

/** Checks credentials, applies the lockout rule and starts a session. */
export async function signIn(
  deps: ConfigDeps,
  input: { username: string; password: string; ipAddress: string; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string; user: SessionUser }> {
  const username = input.username.toLowerCase();
  const [user] = await deps.database.db.select().from(users).where(eq(users.username, username));
  if (!user || !user.isActive) {
    // The same argon2 work as for a real account, so timing does not tell which usernames exist.
    await verifyPassword(await dummyPasswordHash(), input.password);
    throw wrongCredentials();
  }
  const claim = await claimLoginAttempt(deps.database.db, user.id);
  if (!claim.claimed) {
    const until = await lockedUntilOf(deps.database.db, user.id);
    throw lockedOut(until ?? new Date(Date.now() + LOCKOUT_MINUTES * 60_000));
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    await recordAudit(deps.database.db, null, {
      entityType: 'user',
      entityId: user.id,
      action: claim.lockedUntil ? 'login_locked' : 'login_failed',
      changes: {},
    });
    throw claim.lockedUntil ? lockedOut(claim.lockedUntil) : wrongCredentials();
  }
  return inSystemTransaction(deps.database, async (tx) => {
    await clearFailedAttempts(tx, user.id);
    const session = await startSession(
      tx,
      { idleMinutes: deps.config.sessionIdleMinutes, absoluteHours: deps.config.sessionAbsoluteHours },
      { userId: user.id, ipAddress: input.ipAddress, userAgent: input.userAgent },
    );
    const actor = await loadActor(tx, user.id);
    await recordAudit(tx, actor, { entityType: 'user', entityId: user.id, action: 'login', changes: {} });
    const presented = await findUserPresentation(tx, user.id);
    if (!presented) {
      throw wrongCredentials();
    }
    return { ...session, user: { ...presented, allowedActions: allowedActions(actor) } };
  });
}

/** The signed-in user with the actions the UI may offer. */
export async function getCurrentUser(deps: DatabaseDeps, actor: Actor): Promise<SessionUser> {
  const presented = await findUserPresentation(deps.database.db, actor.userId);
  if (!presented) {
    throw wrongCredentials();
  }
  return { ...presented, allowedActions: allowedActions(actor) };
}
