import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectStatus } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { addDays } from '../../../domain/committees/reminders.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { notify } from '../notifications/public.js';
import { seedDemoCommittees } from './demo.js';
import { committeeDigestSource } from './public.js';

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

  it('gives the dashboard card the upcoming meeting and the overdue follow-up, in view only', async () => {
    const card = await expectStatus(member, 200, 'GET', '/api/v1/committee-dashboard');
    expect(card).toMatchObject({ openFollowUps: 1, overdueFollowUps: 1 });
    expect((card.upcoming as Json[]).map((meeting) => meeting.status)).toEqual(['scheduled']);
    expect((card.overdue as Json[])[0]).toMatchObject({ overdue: true, meetingLabel: '3/2569' });
    const other = await context.signIn('planner.chiangmai');
    await expectStatus(other, 200, 'GET', '/api/v1/committee-dashboard').then((theirs) =>
      expect(theirs).toMatchObject({ upcoming: [], openFollowUps: 0, overdueFollowUps: 0, overdue: [] }),
    );
  });

  it('reminds the province of the meeting the day before and of the overdue follow-up, once each', async () => {
    const upcoming = (
      (await expectStatus(member, 200, 'GET', '/api/v1/committee-dashboard')).upcoming as Json[]
    )[0];
    const dayBefore = addDays(String(upcoming?.date), -1);
    const notices = await committeeDigestSource({ database: context.database }, dayBefore);
    expect(notices.map((notice) => notice.subjectKey.split(':').at(-1)).sort()).toEqual(['day', 'overdue']);
    expect(notices.every((notice) => notice.provinceCode === '30' && notice.kind === 'reminder')).toBe(true);
    const added = await inSystemTransaction(context.database, (tx) => notify(tx, notices));
    expect(added).toBe(2);
    expect(await inSystemTransaction(context.database, (tx) => notify(tx, notices))).toBe(0);
    const bell = await expectStatus(member, 200, 'GET', '/api/v1/notifications');
    expect((bell.items as Json[]).map((item) => item.link)).toContain(`/meetings/${upcoming?.id}`);
    const today = toBangkokIsoDate(new Date());
    const early = await committeeDigestSource({ database: context.database }, today);
    expect(early.map((notice) => notice.subjectKey.split(':').at(-1))).toEqual(['overdue']);
  });

  it('enters a private-sector proposal of a กรอ. item as a need of origin กรอ., linked both ways', async () => {
    const planner = await context.signIn('planner.korat');
    const committees = (await expectStatus(planner, 200, 'GET', '/api/v1/committees?provinceCode=30'))
      .items as Json[];
    const kro = committees.find((committee) => committee.kind === 'kro_province');
    const today = toBangkokIsoDate(new Date());
    const meeting = await expectStatus(planner, 201, 'POST', '/api/v1/meetings', {
      committeeId: kro?.id,
      meetingNo: `1/${Number(today.slice(0, 4)) + 543}`,
      date: today,
      status: 'held',
    });
    const item = await expectStatus(planner, 201, 'POST', `/api/v1/meetings/${meeting.id}/agenda-items`, {
      section: 4,
      title: 'ข้อเสนอของหอการค้าจังหวัด',
    });
    const proposal = { areaCode: '300101', title: 'ถนนเชื่อมแหล่งท่องเที่ยวเขาใหญ่', dimensionId: 1 };
    const refused = await planner.request('POST', `/api/v1/agenda-items/${item.id}/proposals`, {
      body: { ...proposal, areaCode: '500101' },
    });
    expect(refused.statusCode).toBe(403);
    const need = await expectStatus(
      planner,
      201,
      'POST',
      `/api/v1/agenda-items/${item.id}/proposals`,
      proposal,
    );
    expect(need).toMatchObject({ origin: 'private_sector', sourceDate: today, status: 'received' });
    expect(String(need.sourceDocument)).toContain('กรอ.จังหวัด ครั้งที่ 1/');
    const detail = await expectStatus(planner, 200, 'GET', `/api/v1/meetings/${meeting.id}`);
    expect((detail.agenda as Json[])[0]?.needIds).toEqual([need.id]);

    const kbjMeeting = (
      (await expectStatus(planner, 200, 'GET', '/api/v1/meetings?provinceCode=30')).items as Json[]
    ).find((row) => row.status === 'held' && row.committeeId !== kro?.id);
    const kbjItem = (
      (await expectStatus(planner, 200, 'GET', `/api/v1/meetings/${kbjMeeting?.id}`)).agenda as Json[]
    )[0];
    await expectStatus(planner, 409, 'POST', `/api/v1/agenda-items/${kbjItem?.id}/proposals`, proposal);
  });
});
