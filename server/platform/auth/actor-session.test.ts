import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { loadActor } from './actor.js';
import { findSessionActor } from './actor-session.js';
import { hashToken, startSession } from './sessions.js';
import { sessions, users } from './tables.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

const policy = { idleMinutes: 30, absoluteHours: 12 };

async function sessionOf(username: string) {
  const [user] = await context.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  const userId = user?.id ?? '';
  const { token } = await startSession(context.database.db, policy, {
    userId,
    ipAddress: '127.0.0.1',
    userAgent: undefined,
  });
  return { userId, token };
}

describe('the session and its actor in one statement', () => {
  it.each(['planner.korat', 'analyst', 'cluster.nelower1', 'admin'])(
    'resolves %s to the same actor as loadActor',
    async (username) => {
      const { userId, token } = await sessionOf(username);
      const found = await findSessionActor(context.database.db, policy, token);
      expect(found?.session.userId).toBe(userId);
      expect(found?.actor).toEqual(await loadActor(context.database.db, userId));
      expect(found?.actor.roles.length).toBeGreaterThan(0);
    },
  );

  it('widens a cluster scope to its member provinces', async () => {
    const { token } = await sessionOf('cluster.nelower1');
    const found = await findSessionActor(context.database.db, policy, token);
    expect(found?.actor.viewScope.areaCodes).toEqual(['30', '31', '32', '36']);
  });

  it('answers null for an unknown token, a revoked session and an inactive user', async () => {
    expect(await findSessionActor(context.database.db, policy, 'no-such-token')).toBeNull();
    const revoked = await sessionOf('head.korat');
    await context.database.db
      .update(sessions)
      .set({ revokedAt: new Date() })
      .where(eq(sessions.userId, revoked.userId));
    expect(await findSessionActor(context.database.db, policy, revoked.token)).toBeNull();
    const inactive = await sessionOf('agency.korat');
    await context.database.db.update(users).set({ isActive: false }).where(eq(users.id, inactive.userId));
    expect(await findSessionActor(context.database.db, policy, inactive.token)).toBeNull();
  });

  it('revokes a session past its idle limit and touches a live one at most once a minute', async () => {
    const idle = await sessionOf('district.muangkorat');
    const longAgo = new Date(Date.now() - 2 * 3_600_000);
    await context.database.db
      .update(sessions)
      .set({ lastSeenAt: longAgo })
      .where(eq(sessions.userId, idle.userId));
    expect(await findSessionActor(context.database.db, policy, idle.token)).toBeNull();
    const [row] = await context.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(idle.token)));
    expect(row?.revokedAt).not.toBeNull();
    const live = await sessionOf('committee.korat');
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await context.database.db
      .update(sessions)
      .set({ lastSeenAt: twoMinutesAgo })
      .where(eq(sessions.userId, live.userId));
    expect(await findSessionActor(context.database.db, policy, live.token)).not.toBeNull();
    const [touched] = await context.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(live.token)));
    expect(touched?.lastSeenAt.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });
});
