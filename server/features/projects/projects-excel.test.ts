import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { expectStatus, finishedJob, projectBody } from '../../test/factories.js';
import { libreOfficeXlsx, type CalcCell } from '../../test/libreoffice-xlsx.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let korat: TestClient;
let chiangMai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  chiangMai = await context.signIn('planner.chiangmai');
  for (const [index, title] of ['ถนนสายบ้านโคก', 'ฝายบ้านหนองแวง', 'ตลาดชุมชน', 'โรงเรือนเกษตร'].entries()) {
    const baht = String((index + 1) * 100000000);
    await expectStatus(
      korat,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({
        title,
        budgetLines: [
          { description: title, budgetType: 'investment', category: 'construction', amountSatang: baht },
        ],
        schedule: [{ fiscalYear: 2569, amountSatang: baht }],
      }),
    );
  }
  await expectStatus(
    chiangMai,
    201,
    'POST',
    '/api/v1/projects',
    projectBody({ provinceCode: '50', locations: [{ areaCode: '500101' }], title: 'เชียงใหม่' }),
  );
});
afterAll(() => context.close());

async function exported(client: TestClient, query = 'fiscalYear=2569'): Promise<ExcelJS.Workbook> {
  const response = await client.request('GET', `/api/v1/projects/export?${query}`);
  expect(response.statusCode).toBe(200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  return workbook;
}

async function reimport(content: Buffer, fileName = 'projects.xlsx') {
  const response = await korat.request('POST', '/api/v1/projects/imports', multipartFile(fileName, content));
  expect(response.statusCode, response.body).toBe(202);
  const job = await finishedJob(context, korat, (response.json() as { job: { id: string } }).job.id);
  const items = (await expectStatus(korat, 200, 'GET', `/api/v1/jobs/${job.id}/items?limit=500`)).items as {
    itemKey: string;
    ok: boolean;
    messages: { field?: string; en: string }[];
  }[];
  return { job, items };
}

const snapshot = async () =>
  (
    (await expectStatus(korat, 200, 'GET', '/api/v1/projects?limit=100')).items as {
      code: string;
      totalSatang: string;
      version: number;
    }[]
  )
    .map((p) => `${p.code}:${p.totalSatang}:${p.version}`)
    .sort();

/** Rows as [key → cell text] of the exported sheet, to rebuild it with another writer. */
function sheetRows(workbook: ExcelJS.Workbook): string[][] {
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((value) => (value === null || value === undefined ? '' : String(value))),
    );
  });
  return rows;
}

/**
 * The rows as LibreOffice Calc saves them: Thai headings as rich text in runs, numbers as numbers
 * shown through a number format, text in shared strings (see `libreOfficeXlsx`).
 */
function libreOfficeSaved(rows: string[][]): Promise<Buffer> {
  return libreOfficeXlsx(
    rows.map((cells, r) =>
      cells.map((cell): CalcCell => {
        if (r === 0 && cell.length > 3) {
          return { runs: [cell.slice(0, 2), cell.slice(2)] };
        }
        return r > 1 && /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell;
      }),
    ),
    'โครงการ',
  );
}

describe('project list Excel round trip', () => {
  it('exports only the reader’s projects', async () => {
    const codes = sheetRows(await exported(korat))
      .slice(2)
      .map((row) => row[2]);
    expect(codes).toEqual(['P30-2569-0001', 'P30-2569-0002', 'P30-2569-0003', 'P30-2569-0004']);
  });

  it('re-importing the exported list changes nothing', async () => {
    const before = await snapshot();
    const workbook = await exported(korat);
    const { job, items } = await reimport(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(job.status).toBe('succeeded');
    expect(job.result).toMatchObject({ totalRows: 4, changedRows: 0, unchangedRows: 4 });
    expect(items.every((item) => item.ok && item.messages[0]?.en === 'No change')).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it('editing two amounts updates exactly those two projects, also from a file LibreOffice saved', async () => {
    const before = await snapshot();
    const rows = sheetRows(await exported(korat));
    const amountColumn = rows[1]?.indexOf('total_baht') ?? -1;
    rows[2]![amountColumn] = '1500000.25';
    rows[4]![amountColumn] = '3,250,000';
    const { job } = await reimport(await libreOfficeSaved(rows));
    expect(job.status, JSON.stringify(job)).toBe('succeeded');
    expect(job.result).toMatchObject({ changedRows: 2, unchangedRows: 2 });
    const after = await snapshot();
    const changed = after.filter((line) => !before.includes(line));
    expect(changed).toEqual(['P30-2569-0001:150000025:2', 'P30-2569-0003:325000000:2']);
    const project = (await expectStatus(korat, 200, 'GET', '/api/v1/projects?q=P30-2569-0001')).items as {
      id: string;
    }[];
    const detail = await expectStatus(korat, 200, 'GET', `/api/v1/projects/${project[0]?.id}`);
    expect(detail.scheduleTotalSatang).toBe('150000025');
  });

  it('saves nothing when one row is wrong, reporting every row; never creates projects', async () => {
    const before = await snapshot();
    const rows = sheetRows(await exported(korat));
    const keys = rows[1] ?? [];
    rows[2]![keys.indexOf('title')] = 'ชื่อใหม่';
    rows[3]![keys.indexOf('budget_type')] = 'งบพิเศษ';
    rows.push(rows[4]!.map((cell, index) => (keys[index] === 'code' ? 'P30-2569-0999' : cell)));
    const { job, items } = await reimport(await libreOfficeSaved(rows));
    expect(job.status).toBe('failed');
    expect(items.map((item) => [item.ok, item.messages[0]?.field])).toEqual([
      [true, undefined],
      [false, 'budget_type'],
      [true, undefined],
      [true, undefined],
      [false, 'code'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses another province’s rows as unknown', async () => {
    const rows = sheetRows(await exported(chiangMai));
    const { job, items } = await reimport(await libreOfficeSaved(rows));
    expect(job.status).toBe('failed');
    expect(items[0]?.messages[0]?.field).toBe('code');
  });
});
