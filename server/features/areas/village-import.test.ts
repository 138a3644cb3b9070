import iconv from 'iconv-lite';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../test/multipart.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
});
afterAll(() => context.close());

async function upload(client: TestClient, fileName: string, content: Buffer) {
  const { body, headers } = multipartFile(fileName, content, 'text/csv');
  const response = await client.request('POST', '/api/v1/areas/imports', { body, headers });
  if (response.statusCode !== 202) {
    return { response, job: null };
  }
  await context.jobs.idle();
  const job = (await client.request('GET', `/api/v1/jobs/${response.json().job.id}`)).json();
  return { response, job };
}

const villageCount = async (parent: string) =>
  (await planner.request('GET', `/api/v1/areas?parent=${parent}&level=village`)).json().total;

describe('village import', () => {
  it('imports a clean CSV as a job with progress and saves every row', async () => {
    const csv = 'code,name_th,name_en\n30010101,บ้านหนองบัว,Ban Nong Bua\n30010102,บ้านโคกกรวด,\n';
    const { response, job } = await upload(planner, 'villages.csv', Buffer.from(csv));
    expect(response.statusCode).toBe(202);
    expect(job).toMatchObject({
      status: 'succeeded',
      progressDone: 2,
      progressTotal: 2,
      result: { inserted: 2, updated: 0 },
    });
    expect(await villageCount('300101')).toBe(2);
  });

  it('updates instead of duplicating on re-import', async () => {
    const csv = 'code,name_th,name_en\n30010101,บ้านหนองบัวใหม่,Ban Nong Bua Mai\n30010102,บ้านโคกกรวด,\n';
    const { job } = await upload(planner, 'villages.csv', Buffer.from(csv));
    expect(job.result).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    expect(await villageCount('300101')).toBe(2);
  });

  it('reports every bad row and saves nothing when any row is bad', async () => {
    const csv = [
      'code,name_th,name_en',
      '30010103,บ้านดี,',
      '3001010,บ้านรหัสสั้น,',
      '30019901,บ้านไม่มีตำบล,',
      '30010103,บ้านซ้ำ,',
      '30010104,,',
      '50010101,บ้านเชียงใหม่,',
    ].join('\n');
    const { job } = await upload(planner, 'bad.csv', Buffer.from(csv));
    expect(job.status).toBe('failed');
    expect(job.errorTh).toContain('ไม่มีการบันทึกข้อมูล');
    const items = (await planner.request('GET', `/api/v1/jobs/${job.id}/items`)).json().items;
    expect(items.map((item: { itemNo: number }) => item.itemNo)).toEqual([3, 4, 5, 6, 7]);
    expect(items[0].messages[0].th).toBe('รหัสหมู่บ้านต้องเป็นตัวเลข 8 หลัก');
    expect(items[3].messages[0].en).toBe('Thai name is required');
    expect(items[4].messages[0].en).toBe('This area is outside your capture scope');
    expect(await villageCount('300101')).toBe(2);
  });

  it('reports a NUL byte in a name as a row error naming the column, and keeps serving', async () => {
    const { job } = await upload(
      planner,
      'nul.csv',
      Buffer.from('code,name_th,name_en\n30010401,บ้าน\u0000หนอง,\n'),
    );
    expect(job.status).toBe('failed');
    expect(`${job.errorTh}${job.errorEn}`).not.toContain('\u0000');
    const items = (await planner.request('GET', `/api/v1/jobs/${job.id}/items`)).json().items;
    expect(items).toEqual([expect.objectContaining({ itemNo: 2, ok: false })]);
    expect(items[0].messages[0]).toMatchObject({ field: 'name_th', en: expect.stringContaining('name_th') });
    expect(await villageCount('300104')).toBe(0);
    const clean = await upload(planner, 'clean.csv', Buffer.from('code,name_th\n30010401,บ้านหนอง\n'));
    expect(clean.job.status).toBe('succeeded');
  });

  it('reports control characters in XLSX cells the same way', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('หมู่บ้าน');
    sheet.addRow(['code', 'name_th', 'name_en']);
    // Excel stores a control character as _xHHHH_ in the sheet's XML.
    sheet.addRow(['30010402', 'บ้านดี', 'Ban_x0001_Di']);
    const { job } = await upload(planner, 'ctl.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(job.status).toBe('failed');
    const items = (await planner.request('GET', `/api/v1/jobs/${job.id}/items`)).json().items;
    expect(items[0].messages[0].field).toBe('name_en');
  });

  it('reads Windows-874 (TIS-620) CSV from older government systems', async () => {
    const csv = iconv.encode('code,name_th,name_en\r\n30010201,บ้านภาษาไทย,\r\n', 'win874');
    const { job } = await upload(planner, 'tis620.csv', csv);
    expect(job.status).toBe('succeeded');
    const village = (await planner.request('GET', '/api/v1/areas/30010201')).json().area;
    expect(village.nameTh).toBe('บ้านภาษาไทย');
  });

  it('reads XLSX', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('หมู่บ้าน');
    sheet.addRow(['code', 'name_th', 'name_en']);
    sheet.addRow(['30010301', 'บ้านจากเอ็กเซล', 'Ban Excel']);
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { job } = await upload(planner, 'villages.xlsx', buffer);
    expect(job.status).toBe('succeeded');
  });

  it('refuses an oversized upload with 413 in Thai and English', async () => {
    const { response } = await upload(planner, 'huge.csv', Buffer.alloc(300 * 1024, 'a'));
    expect(response.statusCode).toBe(413);
    expect(response.json().messages.th).toContain('ขนาดใหญ่เกินกำหนด');
  });

  it('refuses other file types and missing files', async () => {
    expect((await upload(planner, 'notes.pdf', Buffer.from('%PDF'))).response.statusCode).toBe(415);
    const empty = await planner.request('POST', '/api/v1/areas/imports', { body: {} });
    expect(empty.statusCode).toBe(400);
  });

  it('fails a file without the required columns, with a clear message', async () => {
    const { job } = await upload(planner, 'wrong.csv', Buffer.from('a,b\n1,2\n'));
    expect(job.status).toBe('failed');
    expect(job.errorEn).toContain('code, name_th, name_en');
  });

  it('keeps jobs private to whoever started them', async () => {
    const { job } = await upload(planner, 'villages.csv', Buffer.from('code,name_th\n30010102,บ้านโคกกรวด\n'));
    const other = await context.signIn('planner.chiangmai');
    expect((await other.request('GET', `/api/v1/jobs/${job.id}`)).statusCode).toBe(404);
  });

  it('forbids roles without import rights', async () => {
    const auditor = await context.signIn('auditor');
    expect((await upload(auditor, 'villages.csv', Buffer.from('code,name_th\n'))).response.statusCode).toBe(
      403,
    );
  });
});
