import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TrainingEvent, Untrained } from '../../../domain/training/responses.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoTraining } from './demo.js';

let context: TestContext;
let analyst: TestClient;
let korat: TestClient;
let chiangmai: TestClient;
let admin: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  await seedDemoTraining(context.database);
  [analyst, korat, chiangmai, admin] = await signInAll(context, [
    'analyst',
    'planner.korat',
    'planner.chiangmai',
    'admin',
  ] as const);
});
afterAll(() => context.close());

const flags = async (client: TestClient, provinceCode: string) => {
  const response = await client.request('GET', `/api/v1/training/untrained/${provinceCode}`);
  expect(response.statusCode).toBe(200);
  return (response.json() as Untrained).flags.map((flag) => `${flag.topic}/${flag.role}`);
};

describe('training', () => {
  it('seeds the workshop of 27 May 2567 and a provincial event with attendance, once', async () => {
    await seedDemoTraining(context.database);
    const events = (await korat.request('GET', '/api/v1/training-events')).json() as {
      items: TrainingEvent[];
    };
    expect(events.items).toHaveLength(2);
    const workshop = events.items.find((event) => event.heldOn === '2024-05-27');
    expect(workshop).toMatchObject({ plannedParticipants: 150, provinceCode: null, isDemo: true });
    expect(workshop?.participants.every((participant) => participant.attended)).toBe(true);
  });

  it('flags the roles of a province with nobody trained, and clears one once someone attends', async () => {
    const before = await flags(korat, '30');
    expect(before).toContain('asset_transfer/agency_officer');
    expect(before).toContain('need_screening/district_officer');
    expect(before).not.toContain('procurement/agency_officer');
    expect(before).not.toContain('plan_drafting/provincial_head');
    expect((await chiangmai.request('GET', '/api/v1/training/untrained/30')).statusCode).toBe(403);

    const event = {
      title: 'อบรมการโอนทรัพย์สินให้องค์กรปกครองส่วนท้องถิ่น',
      heldOn: '2025-02-10',
      venue: 'ศาลากลางจังหวัด',
      organiser: 'สำนักงานจังหวัดนครราชสีมา',
      provinceCode: '30',
      topics: ['asset_transfer'],
    };
    expect((await chiangmai.request('POST', '/api/v1/training-events', { body: event })).statusCode).toBe(
      403,
    );
    const national = { ...event, provinceCode: null };
    expect((await korat.request('POST', '/api/v1/training-events', { body: national })).statusCode).toBe(403);
    expect((await analyst.request('POST', '/api/v1/training-events', { body: national })).statusCode).toBe(
      201,
    );
    const created = await korat.request('POST', '/api/v1/training-events', { body: event });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as TrainingEvent;

    const users = (await admin.request('GET', '/api/v1/users?q=agency.korat')).json() as {
      items: { id: string }[];
    };
    const agencyId = users.items[0]?.id ?? '';
    const path = `/api/v1/training-events/${id}/participants`;
    const absent = { participants: [{ userId: agencyId, attended: false }] };
    expect((await chiangmai.request('PUT', path, { body: absent })).statusCode).toBe(403);
    const unknown = { participants: [{ userId: id, attended: true }] };
    expect((await korat.request('PUT', path, { body: unknown })).statusCode).toBe(400);
    expect((await korat.request('PUT', path, { body: absent })).statusCode).toBe(200);
    expect(await flags(korat, '30')).toContain('asset_transfer/agency_officer');
    const present = { participants: [{ userId: agencyId, attended: true }] };
    const saved = await korat.request('PUT', path, { body: present });
    expect((saved.json() as TrainingEvent).participants).toMatchObject([
      { userId: agencyId, attended: true },
    ]);
    expect(await flags(korat, '30')).not.toContain('asset_transfer/agency_officer');
  });
});
