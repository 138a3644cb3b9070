import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectSpending, SpendingSummary } from '../../../domain/spending/spending-response.js';
import { signInAll } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { libreOfficeXlsx } from '../../test/libreoffice-xlsx.js';
import { multipartFile } from '../../test/multipart.js';
import { carryOvers } from './tables.js';
import { insertProject } from './test-projects.js';

const SOFFICE = '/usr/bin/soffice';

let context: TestContext;
let korat: TestClient;
let chiangmai: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  [korat, chiangmai] = await signInAll(context, ['planner.korat', 'planner.chiangmai'] as const);
});
afterAll(() => context.close());

async function upload(client: TestClient, fileName: string, content: Buffer) {
  const { body, headers } = multipartFile(fileName, content);
  const response = await client.request('POST', '/api/v1/spending/imports', { body, headers });
  expect(response.statusCode).toBe(202);
  await context.jobs.idle();
  const id = response.json().job.id as string;
  const job = (await client.request('GET', `/api/v1/jobs/${id}`)).json();
  const items = (await client.request('GET', `/api/v1/jobs/${id}/items`)).json().items as {
    itemNo: number;
    ok: boolean;
    messages: { en: string }[];
  }[];
  return { job, items };
}

const disbursedIn30 = async () =>
  BigInt(
    (
      (
        await korat.request('GET', '/api/v1/spending/summary?fiscalYear=2569&level=province&code=30')
      ).json() as SpendingSummary
    ).classes.find((c) => c.budgetClass === 'overall')?.months[11]?.disbursedCumSatang ?? '0',
  );

describe('monthly extract import', () => {
  it('imports a Windows-874 CSV with Thai headings by GFMIS code, and the same month twice changes nothing', async () => {
    const first = await insertProject(context, { provinceCode: '30', gfmisCode: '7003010001' });
    const second = await insertProject(context, { provinceCode: '30' });
    const csv = iconv.encode(
      [
        'ปีงบประมาณ,เดือน,รหัสงบประมาณ,รหัสโครงการ,ก่อหนี้ผูกพัน,เบิกจ่าย,หมายเหตุ',
        '2569,2,7003010001,,"1,000,000.00","250,000.50",งวดแรก',
        `2569,2,,${second.code},0,1000.25,`,
      ].join('\r\n'),
      'win874',
    );
    const before = await disbursedIn30();
    const { job } = await upload(korat, 'gfmis-2569-02.csv', csv);
    expect(job).toMatchObject({ status: 'succeeded', result: { importedRows: 2 } });
    expect((await disbursedIn30()) - before).toBe(25_000_050n + 100_025n);
    const again = await upload(korat, 'gfmis-2569-02-again.csv', csv);
    expect(again.job.status).toBe('succeeded');
    expect((await disbursedIn30()) - before).toBe(25_000_050n + 100_025n);
    // A corrected extract of the month replaces it whole: the row it no longer holds goes.
    const corrected = iconv.encode(
      'ปีงบประมาณ,เดือน,รหัสงบประมาณ,ก่อหนี้ผูกพัน,เบิกจ่าย\r\n2569,2,7003010001,0,"250,000.50"',
      'win874',
    );
    expect((await upload(korat, 'gfmis-2569-02-corrected.csv', corrected)).job.status).toBe('succeeded');
    expect((await disbursedIn30()) - before).toBe(25_000_050n);
    const view = (
      await korat.request('GET', `/api/v1/spending/projects/${first.id}?fiscalYear=2569`)
    ).json() as ProjectSpending;
    expect(view.actuals).toMatchObject([{ fiscalMonth: 2, disbursedSatang: '25000050', source: 'imported' }]);
  });

  it('imports an xlsx extract with English keys', async () => {
    const project = await insertProject(context, { provinceCode: '30' });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('GFMIS');
    sheet.addRow(['fiscal_year', 'fiscal_month', 'project_code', 'committed', 'disbursed']);
    sheet.addRow([2569, 4, project.code, 5000, 1234.56]);
    const before = await disbursedIn30();
    const { job } = await upload(korat, 'extract.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(job.status).toBe('succeeded');
    expect((await disbursedIn30()) - before).toBe(123_456n);
  });

  it('imports an xlsx extract saved by LibreOffice Calc (rich-text headings, number formats, formulas)', async () => {
    const project = await insertProject(context, { provinceCode: '30' });
    const other = await insertProject(context, { provinceCode: '30' });
    const file = await libreOfficeXlsx(
      [
        [
          { runs: ['ปีงบ', 'ประมาณ'] },
          'เดือน',
          { runs: ['รหัส', 'โครงการ'] },
          'ก่อหนี้ผูกพัน',
          'เบิกจ่าย',
          'แหล่งเงิน',
          'หมายเหตุ',
        ],
        [2569, 3, project.code, 5000, { formula: '1000+234.56', value: 1234.56 }, 'ปีปัจจุบัน', null],
        [2569, 3, other.code, null, 0.01, null, { formula: 'CONCATENATE("งวด";"ที่ 1")', text: 'งวดที่ 1' }],
      ],
      'รายงาน GFMIS',
    );
    const before = await disbursedIn30();
    const { job, items } = await upload(korat, 'gfmis-libreoffice.xlsx', file);
    expect(job.status, JSON.stringify(items)).toBe('succeeded');
    expect(job.result).toMatchObject({ importedRows: 2 });
    expect((await disbursedIn30()) - before).toBe(123_456n + 1n);
    const view = (
      await korat.request('GET', `/api/v1/spending/projects/${project.id}?fiscalYear=2569`)
    ).json() as ProjectSpending;
    expect(view.actuals).toMatchObject([
      { fiscalMonth: 3, committedSatang: '500000', disbursedSatang: '123456' },
    ]);
  });

  // CI installs LibreOffice Calc (.ci/run); the check above covers the same quirks where it is missing.
  it.skipIf(!existsSync(SOFFICE))('imports an xlsx that LibreOffice Calc itself saved', async () => {
    const project = await insertProject(context, { provinceCode: '30' });
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    writeFileSync(
      join(dir, 'extract.csv'),
      `ปีงบประมาณ,เดือน,รหัสโครงการ,ก่อหนี้ผูกพัน,เบิกจ่าย\n2569,9,${project.code},"2,500.00",777.77\n`,
    );
    execFileSync(
      SOFFICE,
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=CSV:44,34,76,1',
        '--convert-to',
        'xlsx:Calc MS Excel 2007 XML',
        '--outdir',
        dir,
        join(dir, 'extract.csv'),
      ],
      { timeout: 120_000 },
    );
    const saved = readFileSync(join(dir, 'extract.xlsx'));
    const application = await (await JSZip.loadAsync(saved)).file('docProps/app.xml')?.async('string');
    expect(application).toContain('LibreOffice');
    const before = await disbursedIn30();
    const { job, items } = await upload(korat, 'gfmis-calc.xlsx', saved);
    expect(job.status, JSON.stringify(items)).toBe('succeeded');
    expect((await disbursedIn30()) - before).toBe(77_777n);
  });

  it('refuses a file with bad rows, names each row, and saves nothing', async () => {
    const project = await insertProject(context, { provinceCode: '30' });
    const other = await insertProject(context, { provinceCode: '50' });
    const csv = [
      'fiscal_year,fiscal_month,project_code,committed,disbursed',
      `2569,5,${project.code},0,100`,
      `2569,13,${project.code},0,100`,
      `2569,5,NO-SUCH-CODE,0,100`,
      `2569,5,${other.code},0,100`,
      `2569,5,${project.code},0,5`,
    ].join('\n');
    const before = await disbursedIn30();
    const { job, items } = await upload(korat, 'bad.csv', Buffer.from(csv));
    expect(job.status).toBe('failed');
    expect(job.errorEn).toBe('4 of 5 rows have errors; nothing was saved');
    expect(items.map((item) => item.itemNo)).toEqual([3, 4, 5, 6]);
    expect(items[0]?.messages[0]?.en).toContain('Fiscal month');
    expect(items[1]?.messages[0]?.en).toBe('No project with this code');
    // Chiang Mai's project is not even visible to Korat's planner.
    expect(items[2]?.messages[0]?.en).toBe('No project with this code');
    expect(items[3]?.messages[0]?.en).toContain('twice');
    expect(await disbursedIn30()).toBe(before);
    const forChiangmai = await upload(
      chiangmai,
      'cm.csv',
      Buffer.from(`fiscal_year,fiscal_month,project_code,committed,disbursed\n2569,5,${project.code},0,1\n`),
    );
    expect(forChiangmai.job.status).toBe('failed');
  });

  it('refuses carried-over payments beyond what was carried over, per row, and judges a re-import fairly', async () => {
    const carried = await insertProject(context, { provinceCode: '30', fiscalYear: 2568 });
    const none = await insertProject(context, { provinceCode: '30', fiscalYear: 2568 });
    await context.database.db.insert(carryOvers).values({
      projectId: carried.id,
      provinceCode: '30',
      fromFiscalYear: 2568,
      amountSatang: 100_000n,
      reason: 'สัญญาส่งมอบงวดสุดท้ายในปีถัดไป',
    });
    const extract = (lines: string[]) =>
      Buffer.from(['fiscal_year,fiscal_month,project_code,committed,disbursed,funds', ...lines].join('\n'));
    const before = await disbursedIn30();
    const over = await upload(
      korat,
      'carry-over-over.csv',
      extract([
        `2569,6,${carried.code},0,600,เหลื่อมปี`,
        `2569,7,${carried.code},0,500,เหลื่อมปี`,
        `2569,6,${none.code},0,1,เหลื่อมปี`,
      ]),
    );
    expect(over.job.status).toBe('failed');
    expect(over.items.map((item) => [item.itemNo, item.messages[0]?.en])).toEqual([
      [3, 'Carried-over disbursement exceeds the amount carried over (40000 satang left)'],
      [4, 'This project has no money carried over from last year'],
    ]);
    const fits = extract([`2569,6,${carried.code},0,600,เหลื่อมปี`, `2569,7,${carried.code},0,400,เหลื่อมปี`]);
    expect((await upload(korat, 'carry-over.csv', fits)).job.status).toBe('succeeded');
    // The same months again replace what they paid, so they are not counted against the limit twice.
    expect((await upload(korat, 'carry-over-again.csv', fits)).job.status).toBe('succeeded');
    // Carried-over money is kept apart from the year's own disbursement.
    expect(await disbursedIn30()).toBe(before);
    const more = await upload(
      korat,
      'carry-over-more.csv',
      extract([`2569,8,${carried.code},0,0.01,เหลื่อมปี`]),
    );
    expect(more.items[0]?.messages[0]?.en).toBe(
      'Carried-over disbursement exceeds the amount carried over (0 satang left)',
    );
  });
});
