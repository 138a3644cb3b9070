import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { runMigrations } from '../../platform/db/migrations.js';
import { migrationSetsOf } from '../../platform/feature.js';
import { FEATURES } from '../index.js';
import { fieldErrors, needBody, signInAll } from '../../test/factories.js';
import { assertProjectReferences } from '../projects/references.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let planner: TestClient;
let plannerChiangMai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [planner, plannerChiangMai] = await signInAll(context, ['planner.korat', 'planner.chiangmai']);
});
afterAll(() => context.close());

type AreaState = {
  code: string;
  parent_code: string | null;
  valid_to: string | null;
  successor_code: string | null;
  reference_check: string | null;
  reference_note: string | null;
};

/** The rows the fixes touch: Galyani Vadhana and its subdistricts, and every retired code. */
async function fixedRows(): Promise<AreaState[]> {
  return selectRows<AreaState>(
    context.database.db,
    sql`select code, parent_code, valid_to::text, successor_code, reference_check, reference_note from areas
        where code like '5025%' or valid_to is not null or successor_code is not null
          or reference_check is not null order by code`,
  );
}

describe('area reference data reconciled with DOPA', () => {
  it('gives Chiang Mai its 25 districts, Galyani Vadhana (5025) with three subdistricts', async () => {
    const chiangMai = await plannerChiangMai.request('GET', '/api/v1/areas/50');
    expect(chiangMai.json().childCounts.district).toBe(25);
    const galyani = await plannerChiangMai.request('GET', '/api/v1/areas?parent=5025');
    expect(galyani.json().items.map((area: { nameTh: string }) => area.nameTh)).toEqual([
      'บ้านจันทร์',
      'แม่แดด',
      'แจ่มหลวง',
    ]);
    const maeChaem = await plannerChiangMai.request('GET', '/api/v1/areas?parent=5003');
    expect(maeChaem.json().total).toBe(7);
  });

  it('counts 878 districts and 7,259 open subdistricts outside Bangkok (DOPA: 878 and 7,255)', async () => {
    const [counts] = await selectRows<{ districts: number; subdistricts: number }>(
      context.database.db,
      sql`select count(*) filter (where level = 'district')::int as districts,
                 count(*) filter (where level = 'subdistrict')::int as subdistricts
          from areas where province_code <> '10' and valid_to is null`,
    );
    expect(counts).toEqual({ districts: 878, subdistricts: 7259 });
  });

  it('closes the retired Nakhon Ratchasima codes, so each moved subdistrict is listed once', async () => {
    const open = await planner.request('GET', '/api/v1/areas/30/subtree?level=subdistrict&limit=500');
    const codes = open.json().items.map((area: { code: string }) => area.code);
    expect(codes).toContain('303202');
    expect(codes).not.toContain('300602');
    const retired = await planner.request('GET', '/api/v1/areas/300602');
    expect(retired.json().area).toMatchObject({ validTo: '1996-12-04', successorCode: '303202' });
  });

  it('refuses a need on a retired subdistrict code, naming the current code in Thai and English', async () => {
    const response = await planner.request('POST', '/api/v1/needs', {
      body: needBody({ areaCode: '300602' }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const message = fieldErrors(response).areaCode;
    expect(message?.th).toContain('303202');
    expect(message?.th).toContain('ท่าช้าง');
    expect(message?.en).toContain('use the current code 303202');
    const current = await planner.request('POST', '/api/v1/needs', {
      body: needBody({ areaCode: '303202' }),
    });
    expect(current.statusCode, current.body).toBe(201);
  });

  it('refuses a project location on a retired code, naming the current one', async () => {
    const refusal = assertProjectReferences(context.database.db, ['30'], {
      locations: [{ areaCode: '300911' }],
    });
    await expect(refusal).rejects.toMatchObject({
      status: 400,
      fieldErrors: [
        {
          path: 'locations.0.areaCode',
          message: expect.objectContaining({ en: expect.stringContaining('use the current code 302801') }),
        },
      ],
    });
  });

  it('brings a database seeded before the fixes to the same rows through the areas migration', async () => {
    const fresh = await fixedRows();
    const db = context.database.db;
    // The state of a database seeded from the earlier reference data.
    await db.execute(
      sql`update areas set valid_to = null, successor_code = null, reference_check = null, reference_note = null`,
    );
    await db.execute(sql`delete from areas where code like '5025%'`);
    // Forget the two data migrations (Galyani Vadhana and retired codes; what is left to check).
    await db.execute(
      sql`delete from drizzle.__migrations_areas where created_at in
            (select created_at from drizzle.__migrations_areas order by created_at desc limit 2)`,
    );
    expect(await fixedRows()).toEqual([]);
    await runMigrations(context.database, migrationSetsOf(FEATURES));
    expect(await fixedRows()).toEqual(fresh);
  });

  it('marks what is still to check instead of guessing: upper-bound end dates and possible duplicates', async () => {
    const marked = await selectRows<{ code: string; reference_check: string; valid_to: string | null }>(
      context.database.db,
      sql`select code, reference_check, valid_to::text from areas where reference_check is not null order by code`,
    );
    const upperBound = marked.filter((row) => row.reference_check === 'valid_to_upper_bound');
    expect(upperBound).toHaveLength(13);
    expect(upperBound.every((row) => row.valid_to === '2007-08-23')).toBe(true);
    const possible = marked.filter((row) => row.reference_check === 'possibly_retired');
    expect(possible.map((row) => [row.code, row.valid_to])).toEqual([
      ['340306', null],
      ['380102', null],
      ['540103', null],
      ['630102', null],
      ['800901', null],
    ]);
    const shown = await planner.request('GET', '/api/v1/areas/300910');
    expect(shown.json().area).toMatchObject({ referenceCheck: 'valid_to_upper_bound' });
    expect(shown.json().area.referenceNote).toContain('พระทองคำ');
  });

  it('lets an administrator settle a check: close the code with its successor, then records name it', async () => {
    const admin = await context.signIn('admin');
    const before = (await admin.request('GET', '/api/v1/areas/540103')).json().area;
    const wrong = await admin.request('PATCH', '/api/v1/areas/540103', {
      body: { successorCode: '5404', version: before.version },
    });
    expect(wrong.statusCode).toBe(400);
    expect(fieldErrors(wrong).successorCode?.en).toContain('same level');
    const settled = await admin.request('PATCH', '/api/v1/areas/540103', {
      body: {
        validTo: '2000-01-01',
        successorCode: '540402',
        referenceCheck: null,
        referenceNote: null,
        reason: 'ตรวจกับทะเบียนรหัสของกรมการปกครองแล้ว',
        version: before.version,
      },
    });
    expect(settled.statusCode, settled.body).toBe(200);
    expect(settled.json()).toMatchObject({
      successorCode: '540402',
      referenceCheck: null,
      validTo: '2000-01-01',
    });
    const refused = await admin.request('POST', '/api/v1/needs', { body: needBody({ areaCode: '540103' }) });
    expect(refused.statusCode).toBe(400);
    expect(fieldErrors(refused).areaCode?.en).toContain('use the current code 540402');
  });
});
