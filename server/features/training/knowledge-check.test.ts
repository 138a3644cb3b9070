import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeCheck } from '../../../domain/training/knowledge-check.js';
import type { TrainingEvent } from '../../../domain/training/responses.js';
import { chromiumPath, closeSharedBrowser } from '../../platform/pdf/browser.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoTraining } from './demo.js';

let context: TestContext;
let korat: TestClient;
let district: TestClient;
let chiangmai: TestClient;
let admin: TestClient;
let local: TrainingEvent;
beforeAll(async () => {
  context = await createTestContext();
  await seedDemoTraining(context.database);
  [korat, district, chiangmai, admin] = await signInAll(context, [
    'planner.korat',
    'district.muangkorat',
    'planner.chiangmai',
    'admin',
  ] as const);
  const events = (await korat.request('GET', '/api/v1/training-events')).json() as { items: TrainingEvent[] };
  local = events.items.find((event) => event.provinceCode === '30') as TrainingEvent;
});
afterAll(async () => {
  await closeSharedBrowser();
  await context.close();
});

const questions = {
  questions: [
    { text: 'การจัดซื้อจัดจ้างวิธีเฉพาะเจาะจงใช้กับวงเงินเท่าใด', choices: ['ไม่เกิน 5 แสนบาท', 'ไม่จำกัด'], answer: 0 },
    { text: 'รายงานผลโครงการสำคัญทุกกี่เดือน', choices: ['1', '3', '12'], answer: 1 },
  ],
};
const path = () => `/api/v1/training-events/${local.id}`;

describe('knowledge check', () => {
  it('lets the event’s managers set questions, never showing the right answers to takers', async () => {
    expect((await chiangmai.request('PUT', `${path()}/questions`, { body: questions })).statusCode).toBe(403);
    const wrong = { questions: [{ text: 'ก', choices: ['1', '2'], answer: 3 }] };
    expect((await korat.request('PUT', `${path()}/questions`, { body: wrong })).statusCode).toBe(400);
    expect((await korat.request('PUT', `${path()}/questions`, { body: questions })).statusCode).toBe(200);
    const check = (await district.request('GET', `${path()}/check`)).json() as KnowledgeCheck;
    expect(check.questions).toHaveLength(2);
    expect(JSON.stringify(check)).not.toContain('"answer"');
    expect(check.result).toBeNull();
  });

  it('scores and keeps a participant’s answers, counts attempts, then freezes the questions', async () => {
    expect(
      (await chiangmai.request('POST', `${path()}/check`, { body: { answers: [0, 1] } })).statusCode,
    ).toBe(409);
    expect((await korat.request('POST', `${path()}/check`, { body: { answers: [0] } })).statusCode).toBe(400);
    expect((await korat.request('POST', `${path()}/check`, { body: { answers: [0, 3] } })).statusCode).toBe(
      400,
    );
    const first = (await korat.request('POST', `${path()}/check`, { body: { answers: [1, 1] } })).json();
    expect((first as KnowledgeCheck).result).toMatchObject({
      score: 1,
      total: 2,
      passed: false,
      attempts: 1,
    });
    const second = (await korat.request('POST', `${path()}/check`, { body: { answers: [0, 1] } })).json();
    expect((second as KnowledgeCheck).result).toMatchObject({
      score: 2,
      total: 2,
      passed: true,
      attempts: 2,
    });
    const events = (await korat.request('GET', '/api/v1/training-events')).json() as {
      items: TrainingEvent[];
    };
    const event = events.items.find((item) => item.id === local.id);
    expect(event?.questionCount).toBe(2);
    expect(event?.participants.filter((p) => p.check !== null)).toHaveLength(1);
    expect((await korat.request('PUT', `${path()}/questions`, { body: questions })).statusCode).toBe(409);
    // The audit trail names the event by its title and says what happened in words it knows.
    const audit = (
      await admin.request('GET', `/api/v1/audit?entityType=training_event&entityId=${local.id}`)
    ).json() as { items: { action: string; entityLabel: string | null }[] };
    expect(audit.items.map((item) => item.action)).toEqual(expect.arrayContaining(['questions', 'check']));
    expect(audit.items.every((item) => item.entityLabel === local.title)).toBe(true);
  });
});

describe.skipIf(!existsSync(chromiumPath()))('certificates', () => {
  it('issues a PDF to an attendee and to the event’s managers, none to an absentee', async () => {
    const me = (await korat.request('GET', '/api/v1/auth/me')).json() as { user: { id: string } };
    const own = await korat.request('GET', `${path()}/participants/${me.user.id}/certificate`);
    expect(own.statusCode).toBe(200);
    expect(own.headers['content-type']).toBe('application/pdf');
    expect(own.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const other = local.participants.find((p) => p.attended && p.userId !== me.user.id)?.userId ?? '';
    expect((await korat.request('GET', `${path()}/participants/${other}/certificate`)).statusCode).toBe(200);
    const absentee = local.participants.find((p) => !p.attended)?.userId ?? '';
    expect((await korat.request('GET', `${path()}/participants/${absentee}/certificate`)).statusCode).toBe(
      409,
    );
    expect(
      (await district.request('GET', `${path()}/participants/${me.user.id}/certificate`)).statusCode,
    ).toBe(403);
    expect((await korat.request('GET', `${path()}/participants/${local.id}/certificate`)).statusCode).toBe(
      404,
    );
  });
});
