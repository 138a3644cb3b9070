import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, closeSharedBrowser } from '../../platform/pdf/browser.js';
import {
  breaksInsideWords,
  hasPoppler,
  headingsAtPageFoot,
  pdfPages,
  pdfText,
} from '../../platform/pdf/text-layer-test-support.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { seedDemoProgrammes } from './demo.js';

const outDir = mkdtempSync(join(tmpdir(), 'areaplan-programme-summary-'));
const squeeze = (text: string) => text.replace(/\s+/g, '');

let context: TestContext;
let analyst: TestClient;
let korat: TestClient;
let id = '';
beforeAll(async () => {
  context = await createTestContext();
  await seedDemoProgrammes(context.database);
  [analyst, korat] = await signInAll(context, ['analyst', 'planner.korat'] as const);
  const list = (await korat.request('GET', '/api/v1/programmes')).json() as { items: { id: string }[] };
  id = list.items[0]?.id ?? '';
});
afterAll(async () => {
  await closeSharedBrowser();
  await context.close();
});

async function sheets(client: TestClient, query: string) {
  const response = await client.request('GET', `/api/v1/programmes/${id}/summary.xlsx${query}`);
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

describe('programme summary workbook', () => {
  it('ranks every province nationally with the late ones’ overdue periods', async () => {
    const workbook = await sheets(analyst, '');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['ตัวชี้วัด', 'รายจังหวัด', 'รายจังหวัดรายตัวชี้วัด']);
    const provinces = workbook.getWorksheet('รายจังหวัด');
    const rows = [3, 4, 5, 6].map((row) => provinces?.getRow(row).getCell(3).value);
    expect(rows).toEqual(['นครราชสีมา', 'เชียงใหม่', 'ขอนแก่น', 'สงขลา']);
    expect(provinces?.getRow(3).getCell(1).value).toBe(1);
  });

  it('gives a province its own indicators and period reports, and no other province', async () => {
    const workbook = await sheets(korat, '?provinceCode=30');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'ตัวชี้วัด',
      'รายจังหวัดรายตัวชี้วัด',
      'รายงานรายรอบ',
    ]);
    const periods = workbook.getWorksheet('รายงานรายรอบ');
    expect(periods?.getRow(3).getCell(1).value).toBe(1);
    const own = await sheets(korat, '');
    const provinces = own.getWorksheet('รายจังหวัด');
    expect(provinces?.getRow(3).getCell(3).value).toBe('นครราชสีมา');
    expect(provinces?.getRow(4).getCell(3).value ?? null).toBeNull();
    const other = await korat.request('GET', `/api/v1/programmes/${id}/summary.xlsx?provinceCode=50`);
    expect(other.statusCode).toBe(403);
    const untargeted = await analyst.request('GET', `/api/v1/programmes/${id}/summary.xlsx?provinceCode=10`);
    expect(untargeted.statusCode).toBe(404);
  });
});

describe.skipIf(!existsSync(chromiumPath()) || !hasPoppler)('programme summary PDF', () => {
  async function pdf(client: TestClient, query: string, name: string) {
    const response = await client.request('GET', `/api/v1/programmes/${id}/summary.pdf${query}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const file = join(outDir, name);
    writeFileSync(file, response.rawPayload);
    return { file, text: pdfText(file) };
  }

  it('prints the national summary: indicator totals, ranking and late reporters, Thai words whole', async () => {
    const { file, text } = await pdf(analyst, '', 'national.pdf');
    const flat = squeeze(text);
    for (const line of [
      'รายงานสรุปผลการดำเนินงาน',
      'ภาพรวมทุกจังหวัด',
      '1. ผลการดำเนินงานเทียบเป้าหมาย'.replace('1', '๑'),
      '10 คลองสวย น้ำใส คนไทยมีสุข',
      'จังหวัดที่รายงานล่าช้า (๓ จังหวัด)',
      'ข้อมูลตัวอย่าง',
    ]) {
      expect(flat).toContain(squeeze(line));
    }
    expect(breaksInsideWords(file)).toEqual([]);
    expect(headingsAtPageFoot(pdfPages(text), ['๑.', '๒.', '๓.'])).toEqual([]);
  });

  it('prints a province’s summary with its period reports', async () => {
    const { text } = await pdf(korat, '?provinceCode=30', 'korat.pdf');
    const flat = squeeze(text);
    expect(flat).toContain(squeeze('จังหวัดนครราชสีมา'));
    expect(flat).toContain(squeeze('๓. รายงานผลรายรอบ'));
    expect(flat).not.toContain(squeeze('เชียงใหม่'));
  });
});
