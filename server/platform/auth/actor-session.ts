import { sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { selectRows, type Queryable } from '../db/client.js';
import { actorGrantColumns, actorOf, type ActorGrants } from './actor.js';
import { hashToken, settleSession, type ActiveSession, type SessionPolicy } from './sessions.js';

type SessionActorRow = ActorGrants & {
  userId: string;
  csrfToken: string;
  lastSeenAt: number;
  expiresAt: number;
};

/**
 * The live session behind a cookie token and its user's actor, read in one statement on every API
 * request (unknown, revoked, expired or idle sessions and inactive users answer null). Nothing is
 * cached: role, scope, password and activity changes revoke the user's sessions, which takes effect
 * on the next request of every process.
 */
export async function findSessionActor(
  db: Queryable,
  policy: SessionPolicy,
  token: string,
): Promise<{ session: ActiveSession; actor: Actor } | null> {
  const tokenHash = hashToken(token);
  const [row] = await selectRows<SessionActorRow>(
    db,
    sql`select s.user_id as "userId", s.csrf_token as "csrfToken",
        (extract(epoch from s.last_seen_at) * 1000)::float8 as "lastSeenAt",
        (extract(epoch from s.expires_at) * 1000)::float8 as "expiresAt",
        ${actorGrantColumns(sql`s.user_id`)}
      from sessions s join users u on u.id = s.user_id
      where s.token_hash = ${tokenHash} and s.revoked_at is null and u.is_active`,
  );
  if (!row || !(await settleSession(db, policy, { tokenHash, ...row }))) {
    return null;
  }
  return {
    session: { tokenHash, userId: row.userId, csrfToken: row.csrfToken },
    actor: await actorOf(db, row.userId, row),
  };
}
