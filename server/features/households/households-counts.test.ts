import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { householdBody, ifMatch, testNationalId } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { keepPersonalDataUntil } from '../../../domain/households/retention.js';
import { purgeExpiredPersonalData } from './retention.js';
import { households } from './tables.js';

const DAY_MS = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
const dayAfter = (iso: string) => new Date(Date.parse(iso) + DAY_MS).toISOString().slice(0, 10);
const leftNeed = daysAgo(30);
const REASON = { reason: 'ตรวจสอบก่อนส่งต่อความช่วยเหลือ' };
let context: TestContext;
let planner: TestClient;
let head: TestClient;
let committee: TestClient;
let admin: TestClient;
let serial = 100;

async function createCase(areaCode: string, shortfalls: string[], identifiedOn = '2026-01-10') {
  serial += 1;
  const member = {
    nationalId: testNationalId(serial),
    firstName: 'ทดสอบ',
    lastName: `นับ${serial}`,
    relation: 'head',
  };
  const response = await planner.request('POST', '/api/v1/households', {
    body: householdBody(areaCode, { shortfalls, identifiedOn, members: [member] }),
  });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; members: { id: string }[] };
}

beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  head = await context.signIn('head.korat');
  committee = await context.signIn('committee.korat');
  admin = await context.signIn('admin');
  for (let index = 0; index < 10; index += 1) {
    await createCase('300102', index < 3 ? ['living', 'income'] : ['living']);
  }
  await createCase('300103', ['health']);
  await createCase('300103', ['health']);
}, 180_000);
afterAll(() => context.close());

describe('anonymised counts', () => {
  it('counts households per subdistrict and dimension, hides small counts and names no one', async () => {
    const response = await committee.request('GET', '/api/v1/household-counts?provinceCode=30');
    expect(response.statusCode).toBe(200);
    const body = response.json() as {
      rows: { subdistrictCode: string; dimension: string; count: number | null; fewerThan: number | null }[];
      byStatus: { status: string; households: number }[];
      candidates: { subdistrictCode: string; dimension: string; households: number }[];
    };
    expect(body.rows).toContainEqual({
      subdistrictCode: '300102',
      dimension: 'living',
      count: 10,
      fewerThan: null,
    });
    expect(body.rows).toContainEqual({
      subdistrictCode: '300102',
      dimension: 'income',
      count: null,
      fewerThan: 5,
    });
    expect(body.rows).toContainEqual({
      subdistrictCode: '300103',
      dimension: 'health',
      count: null,
      fewerThan: 5,
    });
    // Each household once, whatever the number of dimensions it is short in.
    expect(body.byStatus).toContainEqual({ status: 'identified', households: 12 });
    expect(body.candidates).toEqual([
      { subdistrictCode: '300102', dimension: 'living', households: 10, proposedNeedId: null },
    ]);
    expect(response.body).not.toMatch(/ทดสอบ|นับ1|99\/1/);
    const other = await (
      await context.signIn('planner.chiangmai')
    ).request('GET', '/api/v1/household-counts?provinceCode=30');
    expect(other.statusCode).toBe(403);
  });

  it('proposes a need with the counts as evidence through the needs service, once per subdistrict and dimension', async () => {
    const dimensions = (await planner.request('GET', '/api/v1/need-dimensions')).json() as {
      items: { id: number }[];
    };
    const body = {
      subdistrictCode: '300102',
      dimension: 'living',
      needDimensionId: dimensions.items[0]?.id ?? 1,
    };
    expect((await committee.request('POST', '/api/v1/household-counts/proposals', { body })).statusCode).toBe(
      403,
    );
    const proposed = await planner.request('POST', '/api/v1/household-counts/proposals', { body });
    expect(proposed.statusCode).toBe(201);
    const { needId } = proposed.json() as { needId: string };
    const need = (await planner.request('GET', `/api/v1/needs/${needId}`)).json() as {
      areaCode: string;
      households: number;
      people: number;
      description: string;
    };
    expect(need).toMatchObject({ areaCode: '300102', households: 10, people: 10 });
    expect(need.description).toContain('10 ครัวเรือน');
    expect(need.description).not.toMatch(/ทดสอบ|นับ1/);
    expect((await planner.request('POST', '/api/v1/household-counts/proposals', { body })).statusCode).toBe(
      409,
    );
    const few = { ...body, subdistrictCode: '300103', dimension: 'health' };
    expect(
      (await planner.request('POST', '/api/v1/household-counts/proposals', { body: few })).statusCode,
    ).toBe(409);
    const counts = (await committee.request('GET', '/api/v1/household-counts?provinceCode=30')).json() as {
      candidates: { proposedNeedId: string | null }[];
    };
    expect(counts.candidates[0]?.proposedNeedId).toBe(needId);
    // The counts became this year's indicator figure, and the need cites it as its evidence.
    const cited = await selectRows<{ code: string; area_code: string; value: number }>(
      context.database.db,
      sql`select i.code, e.area_code, e.value from need_evidence e join indicators i on i.id = e.indicator_id
          where e.need_id = ${needId}`,
    );
    expect(cited).toEqual([{ code: 'HH.SHORT.LIVING', area_code: '300102', value: 10 }]);
  });

  it('files a province’s counts as indicator values, leaving small counts out, and they roll up', async () => {
    const body = { provinceCode: '30' };
    expect(
      (await committee.request('POST', '/api/v1/household-counts/indicators', { body })).statusCode,
    ).toBe(403);
    const filed = await planner.request('POST', '/api/v1/household-counts/indicators', { body });
    expect(filed.statusCode).toBe(200);
    const { year, figures } = filed.json() as { year: number; figures: number };
    expect(figures).toBe(1);
    const stored = await selectRows<{ code: string; area_code: string; value: number }>(
      context.database.db,
      sql`select i.code, v.area_code, v.value from indicator_values v join indicators i on i.id = v.indicator_id
          where i.code like 'HH.SHORT.%' and v.year = ${year} order by v.area_code`,
    );
    expect(stored).toEqual([{ code: 'HH.SHORT.LIVING', area_code: '300102', value: 10 }]);
    const district = await selectRows<{ value: number }>(
      context.database.db,
      sql`select r.value from indicator_rollups r join indicators i on i.id = r.indicator_id
          where i.code = 'HH.SHORT.LIVING' and r.year = ${year} and r.area_code = '3001'`,
    );
    expect(district).toEqual([{ value: 10 }]);
  });
});

describe('retention', () => {
  it('erases the personal data of a case out of need past the period, and only that', async () => {
    const kept = await createCase('300104', ['education'], daysAgo(60));
    const closed = await createCase('300104', ['education'], daysAgo(60));
    const url = `/api/v1/households/${closed.id}/status`;
    await planner.request('POST', url, { body: { status: 'helped', on: daysAgo(45) }, headers: ifMatch(1) });
    const out = await planner.request('POST', url, {
      body: { status: 'out_of_need', on: leftNeed },
      headers: ifMatch(2),
    });
    expect(out.statusCode).toBe(200);
    expect(
      (await planner.request('PUT', '/api/v1/household-settings', { body: { retentionYears: 1 } }))
        .statusCode,
    ).toBe(403);
    const set = await admin.request('PUT', '/api/v1/household-settings', { body: { retentionYears: 1 } });
    expect(set.statusCode).toBe(200);
    // The purge the new setting queued runs today: the case left need less than a year ago.
    const jobUrl = `/api/v1/jobs/${(set.json() as { job: { id: string } }).job.id}`;
    await expect
      .poll(async () => ((await admin.request('GET', jobUrl)).json() as { status: string }).status, {
        timeout: 30_000,
      })
      .toBe('succeeded');
    const lastKeptDay = keepPersonalDataUntil(leftNeed, 1);
    expect(await purgeExpiredPersonalData(context.database, lastKeptDay)).toBe(0);
    expect(await purgeExpiredPersonalData(context.database, dayAfter(lastKeptDay))).toBe(1);
    const secrets = await selectRows<{ household_id: string }>(
      context.database.db,
      sql`select household_id from household_secrets where household_id in (${kept.id}, ${closed.id})`,
    );
    expect(secrets.map((row) => row.household_id).sort()).toEqual([kept.id, kept.id].sort());
    const unmask = await head.request('POST', `/api/v1/household-members/${closed.members[0]?.id}/unmask`, {
      body: REASON,
    });
    expect(unmask.statusCode).toBe(409);
    const detail = (await planner.request('GET', `/api/v1/households/${closed.id}`)).json() as {
      members: { erased: boolean; nameMasked: string }[];
    };
    expect(detail.members[0]).toMatchObject({ erased: true, nameMasked: '—' });
    const [row] = await context.database.db.select().from(households).where(eq(households.id, closed.id));
    expect(row?.status).toBe('out_of_need');
    const settings = (await planner.request('GET', '/api/v1/household-settings')).json() as {
      lastPurgeErased: number;
    };
    expect(settings.lastPurgeErased).toBe(1);
  });
});
