import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationPage } from '../../../domain/notifications/notification.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { jobs } from '../../platform/jobs/tables.js';
import { seedSpendingDemoChain } from '../spending/test-projects.js';
import { DAILY_DIGEST_JOB, enqueueDigestIfDue } from './digest.js';
import { notifications } from './tables.js';

let context: TestContext;
let korat: TestClient;
let headKorat: TestClient;
let chiangmai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  await seedSpendingDemoChain(context);
  [korat, headKorat, chiangmai] = await signInAll(context, [
    'planner.korat',
    'head.korat',
    'planner.chiangmai',
  ] as const);
});
afterAll(() => context.close());

async function bell(client: TestClient): Promise<NotificationPage> {
  const response = await client.request('GET', '/api/v1/notifications?limit=50');
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as NotificationPage;
}

async function runDigest(now: Date) {
  const queued = await enqueueDigestIfDue(context, now);
  await context.jobs.idle();
  return queued;
}

describe('notification bell and daily digest', () => {
  it('queues one digest a day, and it tells only the province’s users of its warnings', async () => {
    expect(await runDigest(new Date('2026-06-05T01:00:00Z'))).toBe(true);
    expect(await runDigest(new Date('2026-06-05T12:00:00Z'))).toBe(false);
    const [job] = await context.database.db.select().from(jobs).where(eq(jobs.kind, DAILY_DIGEST_JOB));
    expect(job?.status).toBe('succeeded');
    const page = await bell(korat);
    expect(page.unread).toBeGreaterThan(1);
    expect(page.items.some((item) => item.kind === 'daily_digest')).toBe(true);
    expect(page.items.some((item) => item.title.th.includes('เสี่ยง'))).toBe(true);
    expect(page.items.every((item) => item.provinceCode === '30')).toBe(true);
    const none = await bell(chiangmai);
    expect(none).toEqual({ items: [], unread: 0 });
  });

  it('never announces the same warning twice; a new day brings only a new digest', async () => {
    const before = (await context.database.db.select().from(notifications)).length;
    expect(await runDigest(new Date('2026-06-06T01:00:00Z'))).toBe(true);
    const after = await context.database.db.select().from(notifications);
    expect(after.length - before).toBe(1);
    expect(after.filter((row) => row.kind === 'daily_digest')).toHaveLength(2);
  });

  it('keeps read marks per user: one read, then all read', async () => {
    const page = await bell(korat);
    const first = page.items[0];
    expect((await korat.request('POST', `/api/v1/notifications/${first?.id ?? ''}/read`)).statusCode).toBe(
      204,
    );
    const count = (await korat.request('GET', '/api/v1/notifications/unread-count')).json() as {
      unread: number;
    };
    expect(count.unread).toBe(page.unread - 1);
    expect((await bell(headKorat)).unread).toBe(page.unread);
    expect((await korat.request('POST', '/api/v1/notifications/read-all')).statusCode).toBe(204);
    expect((await bell(korat)).unread).toBe(0);
    expect((await bell(headKorat)).unread).toBe(page.unread);
    const hidden = await chiangmai.request('POST', `/api/v1/notifications/${first?.id ?? ''}/read`);
    expect(hidden.statusCode).toBe(404);
  });
});
