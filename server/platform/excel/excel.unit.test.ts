import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { bahtToSatang } from '../../../domain/thai/money.js';
import { AppError } from '../http/errors.js';
import { readKeyedSheet } from './read.js';
import { FIRST_DATA_ROW, KEY_ROW, writeWorkbook, type SheetSpec } from './write.js';

const spec: SheetSpec = {
  name: 'โครงการ',
  columns: [
    { key: 'stable_key', header: 'รหัสอ้างอิง' },
    { key: 'title', header: 'ชื่อโครงการ', width: 40 },
    { key: 'fy2569', header: 'งบประมาณ พ.ศ. 2569 (บาท)', kind: 'baht' },
    { key: 'target', header: 'ค่าเป้าหมาย', kind: 'decimal' },
    { key: 'year', header: 'ปี', kind: 'integer' },
  ],
  rows: [
    { stable_key: 'item-1', title: 'พัฒนาแหล่งน้ำ <ชุมชน>', fy2569: 125000050n, target: 12.5, year: 2569 },
    { stable_key: '00123', title: 'ถนน', fy2569: 99999999999999n, target: null, year: '2570' },
    { stable_key: 'item-3', title: 'ไม่มีงบ', fy2569: null, target: '0.1', year: null },
  ],
};

async function load(buffer: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new Error('no sheet');
  }
  return sheet;
}

describe('writeWorkbook', () => {
  it('writes a Thai header row, a key row and the data, frozen under the keys', async () => {
    const sheet = await load(await writeWorkbook([spec]));
    expect(sheet.name).toBe('โครงการ');
    expect(sheet.getRow(1).getCell(3).value).toBe('งบประมาณ พ.ศ. 2569 (บาท)');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(KEY_ROW).getCell(3).value).toBe('fy2569');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getRow(FIRST_DATA_ROW).getCell(2).value).toBe('พัฒนาแหล่งน้ำ <ชุมชน>');
  });

  it('writes money as baht numbers with two decimals, and keeps text keys as text', async () => {
    const sheet = await load(await writeWorkbook([spec]));
    const money = sheet.getRow(FIRST_DATA_ROW).getCell(3);
    expect(money.value).toBe(1250000.5);
    expect(money.numFmt).toBe('#,##0.00');
    expect(sheet.getRow(FIRST_DATA_ROW + 1).getCell(1).value).toBe('00123');
    expect(sheet.getRow(FIRST_DATA_ROW + 1).getCell(5).value).toBe(2570);
    expect(sheet.getRow(FIRST_DATA_ROW + 2).getCell(3).value).toBeNull();
  });

  it('greys read-only columns and offers drop-downs, also on spare rows', async () => {
    const withChoices: SheetSpec = {
      name: 's',
      columns: [
        { key: 'source', header: 'แหล่งงบประมาณ', choices: ['งบประมาณจังหวัด', 'ภาคเอกชน'] },
        { key: 'info', header: 'ข้อมูล', readOnly: true },
      ],
      rows: [{ source: 'ภาคเอกชน', info: 'x' }],
      spareRows: 2,
    };
    const sheet = await load(await writeWorkbook([withChoices]));
    expect(sheet.getRow(FIRST_DATA_ROW + 2).getCell(1).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"งบประมาณจังหวัด,ภาคเอกชน"'],
    });
    expect(sheet.getRow(FIRST_DATA_ROW).getCell(2).fill).toMatchObject({ fgColor: { argb: 'FFF2F2F2' } });
    expect(await readKeyedSheet('s.xlsx', await writeWorkbook([withChoices]), ['source'])).toHaveLength(1);
  });

  it('writes decimals as numbers when exact, as text when a double would change them', async () => {
    const decimals: SheetSpec = {
      name: 's',
      columns: [{ key: 'value', header: 'ค่า', kind: 'decimal' }],
      rows: [{ value: '12.50' }, { value: '123456789012345.123456' }, { value: '-0.1' }],
    };
    const sheet = await load(await writeWorkbook([decimals]));
    expect([3, 4, 5].map((row) => sheet.getRow(row).getCell(1).value)).toEqual([
      12.5,
      '123456789012345.123456',
      -0.1,
    ]);
  });

  it('adds an instructions sheet after the data sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await writeWorkbook([spec], {
        notes: { name: 'คำอธิบาย', lines: ['บรรทัดแรก', 'second'] },
      })) as unknown as ArrayBuffer,
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['โครงการ', 'คำอธิบาย']);
    expect(workbook.worksheets[1]?.getRow(2).getCell(1).value).toBe('second');
  });

  it('refuses money that is not satang', async () => {
    const bad: SheetSpec = { ...spec, rows: [{ fy2569: 12.5 }] };
    await expect(writeWorkbook([bad])).rejects.toThrow(TypeError);
  });
});

describe('readKeyedSheet', () => {
  it('reads back what was written, keyed by the key row, with exact satang', async () => {
    const rows = await readKeyedSheet('x.xlsx', await writeWorkbook([spec]), ['stable_key', 'fy2569']);
    expect(rows.map((row) => row.rowNumber)).toEqual([3, 4, 5]);
    expect(rows[0]?.values).toEqual({
      stable_key: 'item-1',
      title: 'พัฒนาแหล่งน้ำ <ชุมชน>',
      fy2569: '1250000.5',
      target: '12.5',
      year: '2569',
    });
    expect(rows.map((row) => (row.values.fy2569 ? bahtToSatang(row.values.fy2569) : null))).toEqual([
      125000050n,
      99999999999999n,
      null,
    ]);
    expect(rows[2]?.values.target).toBe('0.1');
  });

  it('finds the key row below extra title rows and skips blank rows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('s');
    sheet.addRow(['แผนพัฒนาจังหวัด']);
    sheet.addRow(['รหัส', 'ค่า']);
    sheet.addRow(['Stable_Key', 'FY2569']);
    sheet.addRow(['a', 1]);
    sheet.addRow([]);
    sheet.addRow(['b', { formula: '1+1', result: 2 }]);
    sheet.addRow(['c', '1,234.50']);
    const rows = await readKeyedSheet('x.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), [
      'stable_key',
      'fy2569',
    ]);
    expect(rows).toEqual([
      { rowNumber: 4, values: { stable_key: 'a', fy2569: '1' } },
      { rowNumber: 6, values: { stable_key: 'b', fy2569: '2' } },
      { rowNumber: 7, values: { stable_key: 'c', fy2569: '1,234.50' } },
    ]);
  });

  it('reads a CSV laid out the same way', async () => {
    const csv = Buffer.from('\uFEFFรหัส,ชื่อ\nstable_key,title\nk1,"ก, ข"\n');
    expect(await readKeyedSheet('x.csv', csv, ['stable_key'])).toEqual([
      { rowNumber: 3, values: { stable_key: 'k1', title: 'ก, ข' } },
    ]);
  });

  it('explains in Thai and English when the key row is missing', async () => {
    const error = await readKeyedSheet('x.csv', Buffer.from('a,b\n1,2\n'), ['stable_key']).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).messages.th).toContain('stable_key');
  });

  it('refuses other file types and unreadable workbooks', async () => {
    await expect(readKeyedSheet('x.pdf', Buffer.from('%PDF'), ['a'])).rejects.toMatchObject({ status: 415 });
    await expect(readKeyedSheet('x.xlsx', Buffer.from('not a zip'), ['a'])).rejects.toMatchObject({
      status: 422,
    });
  });
});
