import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FIRST_DATA_ROW } from '../../../platform/excel/write.js';
import { samplePackDocument } from './pack-fixture.js';
import { packWorkbook } from './pack-workbook.js';

async function open(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('explanation pack workbook', () => {
  it('has the four summary sheets, the project sheet and the notes, in that order', async () => {
    const workbook = await open(await packWorkbook(samplePackDocument(), 'ชื่อเอกสาร'));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'สรุปตามประเด็น',
      'สรุปตามประเภทงบ',
      'สรุปตามหน่วยงาน',
      'สรุปตามพื้นที่',
      'โครงการ',
      'คำอธิบาย',
    ]);
  });

  it('ends each summary sheet with the grand total, in baht to the satang', async () => {
    const document = samplePackDocument();
    const workbook = await open(await packWorkbook(document, 'ชื่อเอกสาร'));
    for (const sheet of workbook.worksheets.slice(0, 4)) {
      const last = sheet.getRow(sheet.rowCount);
      expect([
        last.getCell(1).value,
        last.getCell(2).value,
        last.getCell(7).value,
        last.getCell(8).value,
      ]).toEqual(['รวมทั้งสิ้น', 6, 25_925_926.35, 100]);
    }
    const byIssue = workbook.getWorksheet('สรุปตามประเด็น');
    expect(byIssue?.getRow(FIRST_DATA_ROW).getCell(3).value).toBe(
      Number(document.summary.byIssue.rows[0]?.byBudgetType[0]) / 100,
    );
  });

  it('lists one row per project with its amount', async () => {
    const document = samplePackDocument();
    const sheet = (await open(await packWorkbook(document, 'ชื่อเอกสาร'))).getWorksheet('โครงการ');
    expect(sheet?.rowCount).toBe(FIRST_DATA_ROW - 1 + 6);
    const first = sheet?.getRow(FIRST_DATA_ROW);
    expect(first?.getCell(1).value).toBe('P30-2569-0001');
    expect(first?.getCell(11).value).toBe('3/3');
    expect(first?.getCell(12).value).toBe(1_234_568);
  });
});
