import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { readSheetRecords } from '../../platform/files/sheet.js';
import { householdBody, ifMatch, testNationalId } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { sealerFor } from './sealing.js';

const DEMO_KEY = Buffer.from('areaplan-demo-only-personal-data-key-not-secret');
const validId = testNationalId;
const HEAD_ID = validId(1234567);
const caseBody = (overrides: Record<string, unknown> = {}) => householdBody('300101', overrides);
const REASON = { reason: 'ตรวจสอบสิทธิ์ก่อนส่งต่อความช่วยเหลือ' };

let context: TestContext;
let planner: TestClient;
let head: TestClient;
let district: TestClient;
let auditor: TestClient;
let chiangmai: TestClient;
let caseId: string;
let headMemberId: string;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  district = await context.signIn('district.muangkorat');
  auditor = await context.signIn('auditor');
  chiangmai = await context.signIn('planner.chiangmai');
  const created = await planner.request('POST', '/api/v1/households', { body: caseBody() });
  expect(created.statusCode).toBe(201);
  const body = created.json() as { id: string; members: { id: string; relation: string }[] };
  caseId = body.id;
  headMemberId = body.members.find((member) => member.relation === 'head')?.id ?? '';
}, 120_000);
afterAll(() => context.close());

describe('personal data at rest', () => {
  it('stores id numbers, names and the house number only sealed: a raw query shows ciphertext', async () => {
    const rows = await selectRows<{ subject_id: string; sealed: Uint8Array; id_hash: Uint8Array | null }>(
      context.database.db,
      sql`select subject_id, sealed, id_hash from household_secrets`,
    );
    expect(rows).toHaveLength(3);
    const everything = Buffer.concat(
      rows.flatMap((row) => [Buffer.from(row.sealed), Buffer.from(row.id_hash ?? [])]),
    );
    for (const clear of [HEAD_ID, 'ประเสริฐ', 'มั่นคงดี', '99/1']) {
      expect(everything.includes(Buffer.from(clear))).toBe(false);
    }
    const member = rows.find((row) => row.subject_id === headMemberId);
    expect(sealerFor(DEMO_KEY).open(headMemberId, Buffer.from(member?.sealed ?? []))).toMatchObject({
      nationalId: HEAD_ID,
    });
    // Another key, or the sealed bytes moved onto another subject, do not open.
    expect(() =>
      sealerFor(Buffer.alloc(32, 7)).open(headMemberId, Buffer.from(member?.sealed ?? [])),
    ).toThrow();
    expect(() => sealerFor(DEMO_KEY).open(caseId, Buffer.from(member?.sealed ?? []))).toThrow();
    const plainTables = await selectRows<{ row: string }>(
      context.database.db,
      sql`select row_to_json(m)::text as row from household_members m union all
          select row_to_json(h)::text from households h`,
    );
    expect(plainTables.map((row) => row.row).join('\n')).not.toMatch(/ประเสริฐ|1234567|99\/1/);
  });

  it('refuses the app role any select of the sealed bytes or the id hash, whatever feature asks', async () => {
    for (const column of ['sealed', 'id_hash', '*']) {
      const failure = await context.database.db
        .transaction(async (tx) => {
          await tx.execute(sql`select set_config('role', 'areaplan_app', true)`);
          await tx.execute(sql.raw(`select ${column} from household_secrets`));
        })
        .then(
          () => 'no error',
          (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
        );
      expect(failure).toMatch(/permission denied/);
    }
    // The health check reads column grants, so the table stays "secured" rather than "no access".
    const health = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  });
});

describe('masking and unmasking', () => {
  it('shows a planner the case masked, in the list, the case and the export', async () => {
    const list = await planner.request('GET', '/api/v1/households?provinceCode=30');
    const one = await planner.request('GET', `/api/v1/households/${caseId}`);
    const sheet = await planner.request('GET', '/api/v1/households/export?provinceCode=30');
    expect([list.statusCode, one.statusCode, sheet.statusCode]).toEqual([200, 200, 200]);
    const cells = (await readSheetRecords('households.xlsx', sheet.rawPayload)).flatMap((row) => row.cells);
    for (const text of [list.body, one.body, cells.join('|')]) {
      expect(text).not.toMatch(/ประเสริฐ|มั่นคงดี|1234567|99\/1/);
    }
    expect(one.json()).toMatchObject({ houseNoMasked: '•••' });
    expect((one.json() as { members: unknown[] }).members[0]).toMatchObject({
      nationalIdMasked: `X-XXXX-XXXXX-${HEAD_ID.slice(9, 11)}-${HEAD_ID.slice(11)}`,
      nameMasked: 'ป•••• ม••••',
    });
  });

  it('unmasks only for a role with the right, only with a reason, and audits each unmasking', async () => {
    const url = `/api/v1/household-members/${headMemberId}/unmask`;
    expect((await planner.request('POST', url, { body: REASON })).statusCode).toBe(403);
    expect((await auditor.request('POST', url, { body: REASON })).statusCode).toBe(403);
    expect((await chiangmai.request('POST', url, { body: REASON })).statusCode).toBe(403);
    expect((await head.request('POST', url, { body: {} })).statusCode).toBe(400);
    const shown = await head.request('POST', url, { body: REASON });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ nationalId: HEAD_ID, firstName: 'ประเสริฐ', lastName: 'มั่นคงดี' });
    expect((await district.request('POST', url, { body: REASON })).statusCode).toBe(200);
    const trail = await auditor.request(
      'GET',
      `/api/v1/audit?entityType=household_member&entityId=${headMemberId}`,
    );
    const events = (trail.json() as { items: { action: string; reason: string | null }[] }).items;
    expect(events.filter((event) => event.action === 'unmask')).toHaveLength(2);
    expect(events[0]?.reason).toBe(REASON.reason);
    expect(trail.body).not.toContain(HEAD_ID);
  });

  it('exports personal fields only with the right and a reason, and audits the export', async () => {
    const body = { provinceCode: '30', ...REASON };
    expect((await planner.request('POST', '/api/v1/households/export-personal', { body })).statusCode).toBe(
      403,
    );
    expect((await district.request('POST', '/api/v1/households/export-personal', { body })).statusCode).toBe(
      403,
    );
    expect(
      (await head.request('POST', '/api/v1/households/export-personal', { body: { provinceCode: '30' } }))
        .statusCode,
    ).toBe(400);
    const sheet = await head.request('POST', '/api/v1/households/export-personal', { body });
    expect(sheet.statusCode).toBe(200);
    const cells = (await readSheetRecords('members.xlsx', sheet.rawPayload)).flatMap((row) => row.cells);
    expect(cells).toContain('ประเสริฐ');
    expect(cells.join('|')).toContain(HEAD_ID.slice(0, 1));
    const trail = await auditor.request('GET', '/api/v1/audit?entityType=household_export');
    expect((trail.json() as { items: { reason: string }[] }).items[0]?.reason).toBe(REASON.reason);
  });

  it('gives the subject-access report with every disclosure, to the right holder only', async () => {
    const body = { nationalId: HEAD_ID, ...REASON };
    expect((await planner.request('POST', '/api/v1/households/subject-access', { body })).statusCode).toBe(
      403,
    );
    const report = await head.request('POST', '/api/v1/households/subject-access', { body });
    expect(report.statusCode).toBe(200);
    const json = report.json() as {
      records: {
        member: { firstName: string };
        household: { houseNo: string };
        disclosures: { action: string }[];
      }[];
    };
    expect(json.records).toHaveLength(1);
    expect(json.records[0]?.member.firstName).toBe('ประเสริฐ');
    expect(json.records[0]?.household.houseNo).toBe('99/1');
    expect(json.records[0]?.disclosures.map((event) => event.action)).toEqual(['create', 'unmask', 'unmask']);
    const none = await head.request('POST', '/api/v1/households/subject-access', {
      body: { nationalId: validId(1), ...REASON },
    });
    expect((none.json() as { records: unknown[] }).records).toEqual([]);
  });

  it('keeps another province out', async () => {
    expect((await chiangmai.request('GET', `/api/v1/households/${caseId}`)).statusCode).toBe(404);
    const list = await chiangmai.request('GET', '/api/v1/households?provinceCode=30');
    expect(list.statusCode).toBe(403);
  });
});

describe('case work', () => {
  it('records help and visits, and moves identified → helped → out of need with If-Match', async () => {
    const help = await district.request('POST', `/api/v1/households/${caseId}/help`, {
      body: { dimension: 'living', agencyName: 'อบต.ตัวอย่าง', givenOn: '2026-02-01', description: 'ซ่อมหลังคา' },
    });
    expect(help.statusCode).toBe(200);
    const visit = await district.request('POST', `/api/v1/households/${caseId}/visits`, {
      body: { visitedOn: '2026-02-15', note: 'หลังคาซ่อมเสร็จ' },
    });
    expect(visit.json()).toMatchObject({
      help: [{ agencyName: 'อบต.ตัวอย่าง' }],
      visits: [{ note: 'หลังคาซ่อมเสร็จ' }],
    });
    const url = `/api/v1/households/${caseId}/status`;
    expect(
      (await planner.request('POST', url, { body: { status: 'helped', on: '2026-02-01' } })).statusCode,
    ).toBe(428);
    expect(
      (
        await planner.request('POST', url, {
          body: { status: 'out_of_need', on: '2026-02-01' },
          headers: ifMatch(1),
        })
      ).statusCode,
    ).toBe(409);
    const helped = await planner.request('POST', url, {
      body: { status: 'helped', on: '2026-02-01' },
      headers: ifMatch(1),
    });
    expect(helped.json()).toMatchObject({
      status: 'helped',
      version: 2,
      nextStatuses: ['out_of_need', 'identified'],
    });
    expect(
      (
        await planner.request('POST', url, {
          body: { status: 'helped', on: '2026-02-01' },
          headers: ifMatch(1),
        })
      ).statusCode,
    ).toBe(412);
    const back = await planner.request('POST', url, {
      body: { status: 'identified', on: '2026-02-20' },
      headers: ifMatch(2),
    });
    expect(back.statusCode).toBe(400);
  });
});
