import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateFigures } from '../../../domain/indicators/aggregation.js';
import type { AreaFigures } from '../../../domain/indicators/figures.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { readSheetRecords, rowsUnderKeyRow } from '../../platform/files/sheet.js';
import { actorOf, expectStatus } from '../../test/factories.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { ensureDemoVillages, ensureIndicator, recordIndicatorValues } from './public.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
  await context.database.db.transaction((tx) => ensureDemoVillages(tx, '30'));
}, 300_000);
afterAll(() => context.close());

const rollup = async (code: string, areaCode: string, year: number) => {
  const [row] = await selectRows<{ value: number; numerator: number | null; denominator: number | null }>(
    context.database.db,
    sql`select r.value, r.numerator, r.denominator from indicator_rollups r join indicators i on i.id = r.indicator_id
        where i.code = ${code} and r.area_code = ${areaCode} and r.year = ${year}`,
  );
  return row ?? null;
};

describe('figures fed by another feature', () => {
  it('recomputes a ratio from numerators and denominators, never averaging the percentages', async () => {
    const korat = await actorOf(context, 'planner.korat');
    // Village 01 of ต.ในเมือง: 1 of 10 households (10 %); village 02: 90 of 100 (90 %).
    const figures = [
      { areaCode: '30010101', numerator: 1, denominator: 10 },
      { areaCode: '30010102', numerator: 90, denominator: 100 },
    ];
    await inActorTransaction(context.database, korat, (tx) =>
      recordIndicatorValues(tx, { indicatorCode: 'JPT-WATER', year: 2568, figures }),
    );
    const subdistrict = await rollup('JPT-WATER', '300101', 2568);
    // 91 / 110 = 82.7273 %, where the average of the two percentages would be 50 %.
    expect(subdistrict).toEqual({ value: 82.7273, numerator: 91, denominator: 110 });
    const expected = aggregateFigures('ratio', 100, [
      { value: 10, numerator: 1, denominator: 10 },
      { value: 90, numerator: 90, denominator: 100 },
    ]);
    expect(expected?.value).toBeCloseTo(82.7273, 4);
    expect((await rollup('JPT-WATER', '3001', 2568))?.value).toBe(82.7273);
    expect((await rollup('JPT-WATER', '30', 2568))?.value).toBe(82.7273);
  });

  it('refuses a ratio without its denominator and another province than the actor’s, saving nothing', async () => {
    const korat = await actorOf(context, 'planner.korat');
    const feed = (
      figures: { areaCode: string; value?: number; numerator?: number; denominator?: number }[],
    ) =>
      inActorTransaction(context.database, korat, (tx) =>
        recordIndicatorValues(tx, { indicatorCode: 'JPT-WATER', year: 2567, figures }),
      );
    await expect(feed([{ areaCode: '30010101', value: 50 }])).rejects.toMatchObject({ status: 400 });
    await expect(feed([{ areaCode: '50', numerator: 1, denominator: 2 }])).rejects.toThrow();
    expect(await rollup('JPT-WATER', '30', 2567)).toBeNull();
  });

  it('adds counts up and lets a figure stored for a higher area stand only where nothing below reported', async () => {
    const system = context.database.db;
    const id = await ensureIndicator(system, {
      code: 'TEST-COUNT',
      source: 'other',
      sourceName: 'ทดสอบ',
      nameTh: 'จำนวนทดสอบ',
      nameEn: 'Test count',
      unitTh: 'คน',
      unitEn: 'people',
      direction: 'lower_is_better',
      aggregation: 'sum',
    });
    expect(id).toMatch(/-/);
    await system.transaction((tx) =>
      recordIndicatorValues(tx, {
        indicatorCode: 'TEST-COUNT',
        year: 2568,
        figures: [
          { areaCode: '30010101', value: 5 },
          { areaCode: '30010102', value: 7 },
          // ต.ในเมือง has villages reporting: its own figure is ignored; ต.โพธิ์กลาง has none below it.
          { areaCode: '300101', value: 1000 },
          { areaCode: '300102', value: 3 },
        ],
      }),
    );
    expect((await rollup('TEST-COUNT', '300101', 2568))?.value).toBe(12);
    expect((await rollup('TEST-COUNT', '3001', 2568))?.value).toBe(15);
    expect((await rollup('TEST-COUNT', '30', 2568))?.value).toBe(15);
  });
});

describe('the figures table as Excel', () => {
  it('exports the rows the screen shows for the same indicator, year and parent, with last year and the change', async () => {
    const korat = await actorOf(context, 'planner.korat');
    // Last year ต.ในเมือง หมู่ 1 alone reported 5 of 10: the subdistrict went from 50 % to 82.7273 %.
    await inActorTransaction(context.database, korat, (tx) =>
      recordIndicatorValues(tx, {
        indicatorCode: 'JPT-WATER',
        year: 2567,
        figures: [{ areaCode: '30010101', numerator: 5, denominator: 10 }],
      }),
    );
    const analyst = await context.signIn('analyst');
    const [water] = await selectRows<{ id: string }>(
      context.database.db,
      sql`select id from indicators where code = 'JPT-WATER'`,
    );
    const url = `/api/v1/indicators/${water?.id}/areas`;
    const shown = (await expectStatus(
      analyst,
      200,
      'GET',
      `${url}?year=2568&parent=3001`,
    )) as unknown as AreaFigures;
    const response = await analyst.request('GET', `${url}/export?year=2568&parent=3001`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-disposition']).toContain('indicator-JPT-WATER-2568-3001.xlsx');
    const records = await readSheetRecords('figures.xlsx', response.rawPayload);
    const rows = rowsUnderKeyRow(records, ['area_code', 'value']).map((row) => row.values);
    expect(rows.map((row) => row.area_code)).toEqual(shown.items.map((item) => item.areaCode));
    expect(rows[0]).toMatchObject({
      indicator_code: 'JPT-WATER',
      year: '2568',
      area_code: '300101',
      value: '82.7273',
      previous_value: '50',
      change: '32.7273',
      trend: 'ดีขึ้น',
      below_target: 'ต่ำกว่าเป้าหมาย',
    });
    expect((await analyst.request('GET', `${url}/export?year=68&parent=3001`)).statusCode).toBe(400);
    const unknown = '/api/v1/indicators/00000000-0000-4000-8000-000000000000/areas/export?year=2568';
    expect((await analyst.request('GET', unknown)).statusCode).toBe(404);
  });
});
