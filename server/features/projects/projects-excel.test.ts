import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { expectStatus, finishedJob, projectBody } from '../../test/factories.js';
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

/** A minimal .xlsx as another writer (not exceljs) lays it out: shared strings, bare numbers, no styles. */
async function otherWriterXlsx(rows: string[][]): Promise<Buffer> {
  const strings: string[] = [];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const column = (index: number) => String.fromCharCode(65 + index);
  const body = rows
    .map(
      (cells, r) =>
        `<row r="${r + 1}">${cells
          .map((cell, c) => {
            const ref = `${column(c)}${r + 1}`;
            if (cell !== '' && /^-?\d+(\.\d+)?$/.test(cell) && r > 1) {
              return `<c r="${ref}"><v>${cell}</v></c>`;
            }
            strings.push(cell);
            return `<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`;
          })
          .join('')}</row>`,
    )
    .join('');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="โครงการ" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`,
  );
  zip.file(
    'xl/sharedStrings.xml',
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${escape(s)}</t></si>`).join('')}</sst>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
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

  it('editing two amounts updates exactly those two projects, also from another writer', async () => {
    const before = await snapshot();
    const rows = sheetRows(await exported(korat));
    const amountColumn = rows[1]?.indexOf('total_baht') ?? -1;
    rows[2]![amountColumn] = '1500000.25';
    rows[4]![amountColumn] = '3,250,000';
    const { job } = await reimport(await otherWriterXlsx(rows));
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
    const { job, items } = await reimport(await otherWriterXlsx(rows));
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
    const { job, items } = await reimport(await otherWriterXlsx(rows));
    expect(job.status).toBe('failed');
    expect(items[0]?.messages[0]?.field).toBe('code');
  });
});
