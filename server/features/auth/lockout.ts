import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { notFound } from '../../platform/http/errors.js';
import { users } from '../../platform/auth/tables.js';

/** Failed attempts in a row that lock an account, and for how long. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

export type AttemptClaim = { claimed: true; attempt: number; lockedUntil: Date | null } | { claimed: false };

/**
 * Counts a password check before it runs, in one UPDATE … RETURNING, so concurrent guesses cannot
 * all read the same counter: the attempt that reaches the threshold locks the account at once (a
 * correct password then clears it), and no further check runs until the lock expires.
 */
export async function claimLoginAttempt(db: Queryable, userId: string): Promise<AttemptClaim> {
  const nextCount = sql`case when ${users.lockedUntil} is not null then 1 else ${users.failedLoginCount} + 1 end`;
  const rows = await db
    .update(users)
    .set({
      failedLoginCount: nextCount,
      lockedUntil: sql`case when ${nextCount} >= ${LOCKOUT_THRESHOLD}
        then now() + make_interval(mins => ${LOCKOUT_MINUTES}) end`,
    })
    .where(sql`${users.id} = ${userId} and (${users.lockedUntil} is null or ${users.lockedUntil} <= now())`)
    .returning({ attempt: users.failedLoginCount, lockedUntil: users.lockedUntil });
  const [row] = rows;
  return row ? { claimed: true, ...row } : { claimed: false };
}

/** When the account's lock ends (null when it is not locked). */
export async function lockedUntilOf(db: Queryable, userId: string): Promise<Date | null> {
  const [row] = await db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, userId));
  return row?.lockedUntil ?? null;
}

/** Forgets failed attempts after a successful sign-in. */
export async function clearFailedAttempts(db: Queryable, userId: string): Promise<void> {
  await db
    .update(users)
    .set({ failedLoginCount: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(eq(users.id, userId));
}

/** An administrator lifts a lockout before it expires. */
export async function unlockUser(deps: DatabaseDeps, actor: Actor, userId: string): Promise<void> {
  authorize(actor, 'user.manage');
  await inActorTransaction(deps.database, actor, async (tx) => {
    const [before] = await tx
      .select({ failedLoginCount: users.failedLoginCount, lockedUntil: users.lockedUntil })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!before) {
      throw notFound({ th: 'ผู้ใช้', en: 'User' });
    }
    await tx.update(users).set({ failedLoginCount: 0, lockedUntil: null }).where(eq(users.id, userId));
    await recordAudit(tx, actor, {
      entityType: 'user',
      entityId: userId,
      action: 'unlock',
      changes: {
        failedLoginCount: [before.failedLoginCount, 0],
        lockedUntil: [before.lockedUntil?.toISOString() ?? null, null],
      },
    });
  });
}
