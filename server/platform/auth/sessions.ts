import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { sessions } from './tables.js';

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };

export type ActiveSession = { tokenHash: string; userId: string; csrfToken: string };

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Starts a session; returns the raw token for the cookie (only its hash is stored). */
export async function startSession(
  db: Queryable,
  policy: SessionPolicy,
  details: { userId: string; ipAddress: string; userAgent: string | undefined },
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + policy.absoluteHours * 3_600_000);
  await db.insert(sessions).values({
    tokenHash: hashToken(token),
    userId: details.userId,
    csrfToken,
    expiresAt,
    ipAddress: details.ipAddress,
    userAgent: details.userAgent?.slice(0, 300),
  });
  return { token, csrfToken };
}

/** What a session row must say for the idle and absolute limits (times in epoch milliseconds). */
export type SessionClock = { tokenHash: string; lastSeenAt: number; expiresAt: number };

/**
 * Applies the idle and absolute limits to a stored, unrevoked session: revokes it and answers false
 * when past either, else touches its idle clock (at most once a minute) and answers true.
 */
export async function settleSession(
  db: Queryable,
  policy: SessionPolicy,
  clock: SessionClock,
): Promise<boolean> {
  const now = Date.now();
  const idleLimit = clock.lastSeenAt + policy.idleMinutes * 60_000;
  if (clock.expiresAt <= now || idleLimit <= now) {
    await revokeSession(db, clock.tokenHash);
    return false;
  }
  // Touch at most once a minute so that reads do not turn into a write per request.
  if (now - clock.lastSeenAt > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.tokenHash, clock.tokenHash));
  }
  return true;
}

/** Ends one session. */
export async function revokeSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user (password or role change, deactivation). */
export async function revokeUserSessions(db: Queryable, userId: string): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)));
}
