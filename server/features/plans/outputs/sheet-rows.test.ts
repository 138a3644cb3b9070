import { describe, expect, it } from 'vitest';
import { writeWorkbook, type SheetSpec } from '../../../platform/excel/write.js';
import { readSheetRecords, rowsUnderKeyRow, type TabularRow } from '../../../platform/files/sheet.js';
import { samplePlanDocument } from './document-fixture.js';
import type { ImportContext } from './import-common.js';
import { planItemImport } from './item-rows.js';
import { itemSheet } from './item-sheet.js';
import { planKpiImport } from './kpi-rows.js';
import { kpiSheet } from './kpi-sheet.js';

const document = samplePlanDocument();
const years = [2566, 2567, 2568, 2569, 2570];
const context: ImportContext = {
  tree: document.tree,
  years,
  knownAreas: new Set(['30', '3001', '3002', '5001']),
};

async function roundTrip(spec: SheetSpec, keys: string[]): Promise<TabularRow[]> {
  return rowsUnderKeyRow(await readSheetRecords('sheet.xlsx', await writeWorkbook([spec])), keys);
}
const edit = (rows: TabularRow[], index: number, values: Record<string, string>) =>
  rows.map((row, at) => (at === index ? { ...row, values: { ...row.values, ...values } } : row));

describe('KPI sheet rows', () => {
  it('exports a whole-area row per KPI and a row per area with own targets, and re-reads to no change', async () => {
    const rows = await roundTrip(kpiSheet(document.tree, document.areaNames, years), [
      'stable_key',
      'area_code',
    ]);
    expect(rows.map((row) => [row.values.stable_key, row.values.area_code])).toEqual([
      ['key-k1', ''],
      ['key-k1', '3001'],
      ['key-k2', ''],
    ]);
    expect(rows[0]?.values).toMatchObject({
      name: 'ร้อยละที่เพิ่มขึ้นของรายได้เกษตรกร',
      baseline_value: '12.5',
      fy2567: '2.5',
      fy2570: '1234567.75',
      direction: 'ยิ่งมากยิ่งดี',
    });
    const plan = planKpiImport(rows, context);
    expect(
      plan.verdicts.every((verdict) => verdict.messages.length === 0 && verdict.changed.length === 0),
    ).toBe(true);
    expect(plan.changes).toEqual([]);
  });

  it('turns edits into one change per KPI: attributes and the full target list', async () => {
    const rows = await roundTrip(kpiSheet(document.tree, document.areaNames, years), [
      'stable_key',
      'area_code',
    ]);
    const edited = edit(edit(rows, 0, { name: 'รายได้เกษตรกร', fy2566: '', fy2568: '4' }), 1, {
      fy2567: '3.50',
    });
    const plan = planKpiImport(edited, context);
    expect(plan.verdicts.map((verdict) => verdict.changed)).toEqual([
      ['fy2566', 'fy2568', 'name'],
      ['fy2567'],
      [],
    ]);
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]?.fields?.name).toBe('รายได้เกษตรกร');
    expect(plan.changes[0]?.targets).toEqual(
      expect.arrayContaining([
        { fiscalYear: 2567, areaCode: null, value: '2.5' },
        { fiscalYear: 2568, areaCode: null, value: '4' },
        { fiscalYear: 2567, areaCode: '3001', value: '3.5' },
      ]),
    );
    expect(plan.changes[0]?.targets).toHaveLength(4);
  });

  it('reports every bad row: no key, unknown key, duplicate, bad target, year outside, bad area, stale', () => {
    const row = (rowNumber: number, values: Record<string, string>): TabularRow => ({
      rowNumber,
      values: { stable_key: 'key-k1', area_code: '', ...values },
    });
    const plan = planKpiImport(
      [
        row(3, { stable_key: '' }),
        row(4, { stable_key: 'nope' }),
        row(5, { fy2567: 'สาม', fy2571: '9' }),
        row(6, { area_code: '5001' }),
        row(7, { area_code: '3099' }),
        row(8, { area_code: '30' }),
        row(9, { stable_key: 'key-k2', version: '0', fy2566: '1', name: '', direction: 'บ่อย' }),
        row(10, {}),
      ],
      context,
    );
    const fields = plan.verdicts.map((verdict) => verdict.messages.map((message) => message.field));
    expect(fields).toEqual([
      ['stable_key'],
      ['stable_key'],
      ['fy2571', 'fy2567'],
      ['area_code'],
      ['area_code'],
      ['area_code'],
      ['name', 'direction', 'version'],
      ['area_code'],
    ]);
    expect(plan.verdicts[3]?.messages[0]?.th).toBe('พื้นที่ 5001 อยู่นอกพื้นที่ของแผน');
    expect(plan.verdicts[4]?.messages[0]?.en).toBe('Unknown area code 3099');
    expect(plan.verdicts[0]?.messages[0]?.en).toContain('new KPIs can only be added in the plan editor');
  });
});

describe('project-set sheet rows', () => {
  it('exports one row per item with baht budgets and re-reads to no change', async () => {
    const rows = await roundTrip(itemSheet(document.tree, document.areaNames, years), [
      'stable_key',
      'approach_key',
      'title',
    ]);
    expect(rows.map((row) => row.values.stable_key)).toEqual(['key-t1', 'key-t2']);
    expect(rows[0]?.values).toMatchObject({
      fy2566: '1250000.5',
      fy2568: '987654321',
      fy2569: '',
      funding_source: 'งบประมาณจังหวัด',
      area_codes: '3001',
    });
    const plan = planItemImport(rows, context);
    expect(
      plan.verdicts.every((verdict) => verdict.messages.length === 0 && verdict.changed.length === 0),
    ).toBe(true);
    expect(plan.changes).toEqual([]);
  });

  it('edits in place and adds a new item when the approach key is given', async () => {
    const rows = await roundTrip(itemSheet(document.tree, document.areaNames, years), [
      'stable_key',
      'approach_key',
      'title',
    ]);
    const added: TabularRow = {
      rowNumber: 5,
      values: {
        stable_key: '',
        approach_key: 'key-a1',
        title: 'โครงการใหม่',
        funding_source: 'private',
        area_codes: '3002, 3001',
        fy2570: '1,000.25',
      },
    };
    const plan = planItemImport(
      [...edit(rows, 0, { fy2566: '1250000.75', agency_name: '' }), added],
      context,
    );
    expect(plan.verdicts.map((verdict) => verdict.changed)).toEqual([
      ['fy2566', 'agency_name'],
      [],
      ['area_codes', 'fy2570', 'new'],
    ]);
    expect(plan.changes[0]?.budgets?.[0]).toEqual({ fiscalYear: 2566, amountSatang: 125000075n });
    expect(plan.changes[0]?.fields.agencyName).toBeNull();
    expect(plan.changes[1]).toMatchObject({
      item: null,
      areaCodes: ['3001', '3002'],
      budgets: [{ fiscalYear: 2570, amountSatang: 100025n }],
      fields: { approachId: 'a1', fundingSource: 'private' },
    });
  });

  it('reports every bad row: unknown key, no approach for a new row, bad money, source, area, title', () => {
    const row = (rowNumber: number, values: Record<string, string>): TabularRow => ({
      rowNumber,
      values: { stable_key: 'key-t1', approach_key: 'key-a1', title: 'x', ...values },
    });
    const plan = planItemImport(
      [
        row(3, { stable_key: 'nope' }),
        row(4, { stable_key: '', approach_key: '', funding_source: 'province' }),
        row(5, { stable_key: 'key-t2', fy2566: '-1', fy2567: 'หนึ่งพัน', funding_source: 'เงินกู้' }),
        row(6, {
          stable_key: '',
          approach_key: 'nope',
          funding_source: 'other',
          area_codes: '3001,3099,5001',
        }),
        row(7, { stable_key: 'key-t2', title: '' }),
      ],
      context,
    );
    expect(plan.verdicts.map((verdict) => verdict.messages.map((message) => message.field))).toEqual([
      ['stable_key'],
      ['approach_key'],
      ['funding_source', 'fy2566', 'fy2567'],
      ['approach_key', 'area_codes', 'area_codes'],
      ['stable_key', 'title'],
    ]);
  });
});
