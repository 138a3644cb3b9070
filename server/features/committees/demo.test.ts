import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoCommittees } from './demo.js';

type Json = Record<string, unknown>;

let context: TestContext;
let member: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  member = await context.signIn('committee.korat');
  await seedDemoCommittees(context.database);
  await seedDemoCommittees(context.database);
}, 120_000);
afterAll(() => context.close());

describe('demo committees', () => {
  it('gives the demo province its ก.บ.จ. and กรอ.จังหวัด, once, with members in office', async () => {
    const list = await expectStatus(member, 200, 'GET', '/api/v1/committees?provinceCode=30');
    const items = list.items as { id: string; kind: string; isDemo: boolean }[];
    expect(items.map((item) => item.kind).sort()).toEqual(['kbj', 'kro_province']);
    expect(items.every((item) => item.isDemo)).toBe(true);
    const kbj = await expectStatus(
      member,
      200,
      'GET',
      `/api/v1/committees/${items.find((item) => item.kind === 'kbj')?.id}`,
    );
    expect((kbj.members as { role: string }[]).at(0)?.role).toBe('chair');
  });

  it('has three held meetings and an upcoming one whose agenda carries the open, overdue follow-up', async () => {
    const meetings = (await expectStatus(member, 200, 'GET', '/api/v1/meetings?provinceCode=30'))
      .items as Json[];
    expect(meetings.map((meeting) => meeting.status)).toEqual(['scheduled', 'held', 'held', 'held']);
    const open = (await expectStatus(member, 200, 'GET', '/api/v1/committee-follow-ups')).items as Json[];
    expect(open).toMatchObject([{ status: 'open', overdue: true, meetingLabel: '3/2569' }]);
    const upcoming = await expectStatus(member, 200, 'GET', `/api/v1/meetings/${meetings[0]?.id}`);
    expect((upcoming.agenda as Json[]).map((item) => item.followUpId)).toContain(open[0]?.id);
    const past = await expectStatus(member, 200, 'GET', `/api/v1/meetings/${meetings[1]?.id}`);
    expect(past.quorum).toMatchObject({ members: 9, attending: 8, met: true });
    expect((past.agenda as Json[]).every((item) => item.resolution !== null)).toBe(true);
  });
});
