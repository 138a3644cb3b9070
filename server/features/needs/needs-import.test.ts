import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_SHEET_COLUMNS, type NeedSheetKey } from '../../../domain/needs/import-sheet.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { createNeedVia, signInAll } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let planner: TestClient;
let chiangMai: TestClient;
let auditor: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [planner, chiangMai, auditor] = await signInAll(context, ['planner.korat', 'planner.chiangmai', 'auditor']);
});
afterAll(() => context.close());

type Cells = Partial<Record<NeedSheetKey, string | number>>;

async function loadWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

/** Data rows (from row 3) of a needs workbook, keyed by column key. */
function rowsOf(workbook: ExcelJS.Workbook): Record<NeedSheetKey, string>[] {
  const sheet = workbook.worksheets[0];
  const rows: Record<NeedSheetKey, string>[] = [];
  for (let rowNumber = 3; sheet && rowNumber <= sheet.rowCount; rowNumber += 1) {
    const row = sheet.getRow(rowNumber);
    const cells = Object.fromEntries(
      NEED_SHEET_COLUMNS.map((column, index) => [column.key, row.getCell(index + 1).text]),
    ) as Record<NeedSheetKey, string>;
    if (cells.title) {
      rows.push(cells);
    }
  }
  return rows;
}

async function template(): Promise<ExcelJS.Workbook> {
  const response = await planner.request('GET', '/api/v1/needs/import-template');
  expect(response.statusCode).toBe(200);
  return loadWorkbook(response.rawPayload);
}

async function fill(workbook: ExcelJS.Workbook, rows: Cells[], firstRow = 3): Promise<Buffer> {
  const sheet = workbook.worksheets[0];
  rows.forEach((cells, index) => {
    const row = sheet?.getRow(firstRow + index);
    NEED_SHEET_COLUMNS.forEach((column, columnIndex) => {
      const value = cells[column.key];
      if (row && value !== undefined) {
        row.getCell(columnIndex + 1).value = value;
      }
    });
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function importFile(client: TestClient, content: Buffer, fileName = 'needs.xlsx') {
  const response = await client.request('POST', '/api/v1/needs/imports', multipartFile(fileName, content));
  if (response.statusCode !== 202) {
    return { response, job: null, items: [] };
  }
  await context.jobs.idle();
  const id = response.json().job.id;
  const job = (await client.request('GET', `/api/v1/jobs/${id}`)).json();
  const items = (await client.request('GET', `/api/v1/jobs/${id}/items`)).json().items;
  return { response, job, items };
}

const good = (title: string, extra: Cells = {}): Cells => ({
  area_code: '300101',
  title,
  description: 'รายละเอียด',
  origin: 'แผนหมู่บ้าน/แผนชุมชน',
  source_document: 'แผนหมู่บ้าน 2569',
  source_date: '15/01/2569',
  dimension: 'สังคม',
  households: 50,
  people: 150,
  source_priority: 1,
  fiscal_year: 2570,
  ...extra,
});

const total = async () => (await planner.request('GET', '/api/v1/needs?limit=1')).json().total;

describe('needs import template', () => {
  it('has Thai headers, a hidden key row and a sheet of valid lists', async () => {
    const workbook = await template();
    const [sheet, lists] = workbook.worksheets;
    expect(sheet?.getRow(1).getCell(4).text).toBe('ปัญหา/ความต้องการ');
    expect(sheet?.getRow(2).hidden).toBe(true);
    expect(NEED_SHEET_COLUMNS.map((_column, index) => sheet?.getRow(2).getCell(index + 1).text)).toEqual(
      NEED_SHEET_COLUMNS.map((column) => column.key),
    );
    expect(lists?.getColumn(1).values).toContain('เวทีประชาคม');
    expect(lists?.getColumn(5).values).toContain('ทรัพยากรธรรมชาติและสิ่งแวดล้อม');
    expect(sheet?.getCell('F3').dataValidation).toMatchObject({ type: 'list' });
  });
});

describe('importing needs', () => {
  it('adds new needs as a job with progress and a per-row report', async () => {
    const content = await fill(await template(), [
      good('ถนนชำรุด'),
      good('ไฟฟ้าไม่พอ', { area_code: '3002', origin: 'public_forum', dimension: 'Economy' }),
      good('ขยะล้น'),
    ]);
    const { response, job, items } = await importFile(planner, content);
    expect(response.statusCode).toBe(202);
    expect(job).toMatchObject({
      status: 'succeeded',
      progressDone: 3,
      progressTotal: 3,
      result: { inserted: 3, updated: 0, unchanged: 0, totalRows: 3 },
    });
    expect(
      items.map((item: { itemNo: number; itemKey: string; messages: { en: string }[] }) => [
        item.itemNo,
        item.itemKey,
        item.messages[0]?.en,
      ]),
    ).toEqual([
      [3, 'N30-2570-00001', 'Added'],
      [4, 'N30-2570-00002', 'Added'],
      [5, 'N30-2570-00003', 'Added'],
    ]);
    const stored = (await planner.request('GET', `/api/v1/needs?q=${encodeURIComponent('ไฟฟ้า')}`)).json()
      .items[0];
    expect(stored).toMatchObject({
      areaCode: '3002',
      origin: 'public_forum',
      dimensionNameTh: 'เศรษฐกิจ',
      sourceDate: '2026-01-15',
      households: 50,
    });
  });

  it('exports the same columns, and re-importing the export changes nothing', async () => {
    await createNeedVia(planner, {
      sourceDocument: null,
      sourceDate: null,
      sourcePriority: null,
      description: '',
    });
    const before = (await planner.request('GET', '/api/v1/needs?limit=500')).json();
    const exported = await planner.request('GET', '/api/v1/needs/export?areaCode=30');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    const workbook = await loadWorkbook(exported.rawPayload);
    const templateBook = await template();
    for (const row of [1, 2]) {
      expect(workbook.worksheets[0]?.getRow(row).values).toEqual(
        templateBook.worksheets[0]?.getRow(row).values,
      );
    }
    expect(rowsOf(workbook)).toHaveLength(before.total);
    const { job, items } = await importFile(planner, exported.rawPayload);
    expect(job).toMatchObject({
      status: 'succeeded',
      result: { inserted: 0, updated: 0, unchanged: before.total },
    });
    expect(items.every((item: { messages: { en: string }[] }) => item.messages[0]?.en === 'Unchanged')).toBe(
      true,
    );
    const after = (await planner.request('GET', '/api/v1/needs?limit=500')).json();
    expect(after.items.map((need: { id: string; version: number }) => [need.id, need.version])).toEqual(
      before.items.map((need: { id: string; version: number }) => [need.id, need.version]),
    );
  });

  it('updates rows by reference number instead of adding them again', async () => {
    const exported = await planner.request('GET', `/api/v1/needs/export?q=${encodeURIComponent('ขยะ')}`);
    const workbook = await loadWorkbook(exported.rawPayload);
    const [row] = rowsOf(workbook);
    expect(row?.reference_no).toBe('N30-2570-00003');
    const sheet = workbook.worksheets[0];
    if (sheet) {
      sheet.getRow(3).getCell(11).value = 999;
    }
    const count = await total();
    const { job } = await importFile(planner, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(job.result).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect(await total()).toBe(count);
    const need = (await planner.request('GET', '/api/v1/needs?q=N30-2570-00003')).json().items[0];
    expect(need).toMatchObject({ people: 999, version: 2 });
    const audit = (await planner.request('GET', `/api/v1/needs/${need.id}`)).json().audit;
    expect(audit.at(-1)).toMatchObject({
      action: 'update',
      changes: { people: [150, 999] },
      reason: `import ${job.id}`,
    });
  });

  it('refuses a sheet with bad rows, reporting each row, and saves nothing', async () => {
    const count = await total();
    const rows: Cells[] = [
      good('แถวดี'),
      good('', { area_code: '3001019' }),
      good('พื้นที่อื่น', { area_code: '500101' }),
      good('ที่มาผิด', { origin: 'วิทยุ', dimension: 'กีฬา', households: -1, fiscal_year: 2800 }),
      good('อ้างอิงผิด', { reference_no: 'N30-2570-09999' }),
      good('ซ้ำ 1', { reference_no: 'N30-2570-00001' }),
      good('ซ้ำ 2', { reference_no: 'N30-2570-00001' }),
    ];
    const { job, items } = await importFile(planner, await fill(await template(), rows));
    expect(job.status).toBe('failed');
    expect(job.errorTh).toBe('พบข้อผิดพลาด 5 แถว จาก 7 แถว ไม่มีการบันทึกข้อมูลใด ๆ');
    expect(job.errorEn).toBe('5 of 7 rows have errors; nothing was saved');
    const report = items.map((item: { itemNo: number; messages: { field: string }[] }) => [
      item.itemNo,
      item.messages.map((message) => message.field),
    ]);
    expect(report).toEqual([
      [4, ['area_code', 'title']],
      [5, ['area_code']],
      [6, ['origin', 'dimension', 'households', 'fiscal_year']],
      [7, ['reference_no']],
      [9, ['reference_no']],
    ]);
    expect(items[1].messages[0]).toEqual({
      field: 'area_code',
      th: 'พื้นที่นี้อยู่นอกขอบเขตที่คุณบันทึกได้',
      en: 'This area is outside your capture scope',
    });
    expect(items[4].messages[0].th).toBe('เลขที่อ้างอิงซ้ำกับแถวที่ 8');
    expect(await total()).toBe(count);
    const first = (await planner.request('GET', '/api/v1/needs?q=N30-2570-00001')).json().items[0];
    expect(first.title).toBe('ถนนชำรุด');
  });

  it('refuses a cell holding a control character, naming its row and column', async () => {
    const count = await total();
    // Excel stores a control character as _xHHHH_ in the sheet's XML; this one is NUL.
    const rows = [good('ถนนดี'), good('ถนน_x0000_เสีย')];
    const { job, items } = await importFile(planner, await fill(await template(), rows));
    expect(job).toMatchObject({ status: 'failed', errorEn: '1 of 2 rows have errors; nothing was saved' });
    expect(items).toEqual([
      expect.objectContaining({ itemNo: 4, messages: [expect.objectContaining({ field: 'title' })] }),
    ]);
    expect(await total()).toBe(count);
  });

  it('refuses files that are not the template, not xlsx, missing, or from read-only users', async () => {
    const other = new ExcelJS.Workbook();
    other.addWorksheet('x').addRow(['code', 'name']);
    const { job } = await importFile(planner, Buffer.from(await other.xlsx.writeBuffer()));
    expect(job).toMatchObject({
      status: 'failed',
      errorEn: expect.stringContaining('does not follow the needs import template'),
    });
    expect((await importFile(planner, Buffer.from('a,b'), 'needs.csv')).response.statusCode).toBe(415);
    expect((await planner.request('POST', '/api/v1/needs/imports', { body: {} })).statusCode).toBe(400);
    expect((await importFile(auditor, Buffer.from('x'))).response.statusCode).toBe(403);
  });

  it('cannot reach another province by reference number or export', async () => {
    const foreign = await createNeedVia(chiangMai, { areaCode: '500101' });
    const { job, items } = await importFile(
      planner,
      await fill(await template(), [good('ยึดเชียงใหม่', { reference_no: foreign.referenceNo })]),
    );
    expect(job.status).toBe('failed');
    expect(items[0].messages[0].en).toBe(`No need with reference ${foreign.referenceNo}`);
    expect((await planner.request('GET', '/api/v1/needs/export?areaCode=50')).statusCode).toBe(403);
    const everything = await loadWorkbook((await planner.request('GET', '/api/v1/needs/export')).rawPayload);
    expect(rowsOf(everything).every((row) => row.area_code.startsWith('30'))).toBe(true);
    expect((await chiangMai.request('GET', `/api/v1/needs/${foreign.id}`)).json().title).not.toBe(
      'ยึดเชียงใหม่',
    );
  });

  it('lets a district officer re-import a province export unchanged but change only the own district', async () => {
    const district = await context.signIn('district.muangkorat');
    const exported = await district.request('GET', '/api/v1/needs/export');
    const workbook = await loadWorkbook(exported.rawPayload);
    const rows = rowsOf(workbook);
    expect(rows.some((row) => row.area_code.startsWith('3002'))).toBe(true);
    const unchanged = await importFile(district, exported.rawPayload);
    expect(unchanged.job).toMatchObject({
      status: 'succeeded',
      result: { inserted: 0, updated: 0, unchanged: rows.length },
    });
    const index = rows.findIndex((row) => row.area_code.startsWith('3002'));
    const sheet = workbook.worksheets[0];
    if (sheet) {
      sheet.getRow(3 + index).getCell(11).value = 1;
    }
    const changed = await importFile(district, Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(changed.job.status).toBe('failed');
    expect(changed.items).toEqual([
      expect.objectContaining({
        itemNo: 3 + index,
        messages: [
          expect.objectContaining({ field: 'area_code', en: 'This area is outside your capture scope' }),
        ],
      }),
    ]);
  });
});
