import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bahtToSatang } from '../../../domain/thai/money.js';
import { writeWorkbook, type SheetSpec } from '../excel/write.js';
import { AppError } from '../http/errors.js';
import {
  DEFAULT_SHEET_LIMITS,
  readSheetRecords,
  rowsUnderHeader,
  rowsUnderKeyRow,
  workerFailure,
} from './sheet.js';
import { declaredUncompressedBytes, decodeText, xlsxRecords, type StreamedReader } from './sheet-worker.js';

const csv = (text: string) => Buffer.from(text);
const keyedRows = async (fileName: string, content: Buffer, keys: string[]) =>
  rowsUnderKeyRow(await readSheetRecords(fileName, content), keys);

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('s');
  rows.forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

// Each read starts a worker thread, which takes seconds on a busy machine.
describe('CSV reading', { timeout: 30_000 }, () => {
  it('honours quotes, doubled quotes, commas and newlines inside quotes; drops blank lines', async () => {
    const records = await readSheetRecords(
      'x.csv',
      csv('a,b\n"x, y","say ""hi"""\n\n"multi\nline",z\r\n,\n'),
    );
    expect(records).toEqual([
      { rowNumber: 1, cells: ['a', 'b'] },
      { rowNumber: 2, cells: ['x, y', 'say "hi"'] },
      { rowNumber: 3, cells: ['multi\nline', 'z'] },
    ]);
  });

  it('decodes UTF-8 with a BOM and Windows-874', async () => {
    expect(decodeText(Buffer.from('\uFEFFบ้าน', 'utf8'))).toBe('บ้าน');
    expect(decodeText(iconv.encode('หมู่บ้าน', 'win874'))).toBe('หมู่บ้าน');
    const rows = rowsUnderHeader(
      await readSheetRecords('x.csv', iconv.encode('code,name_th\n1,บ้าน\n', 'win874')),
    );
    expect(rows).toEqual([{ rowNumber: 2, values: { code: '1', name_th: 'บ้าน' } }]);
  });

  it('keys rows by lower-cased header and numbers them as the sheet does', async () => {
    const rows = rowsUnderHeader(await readSheetRecords('x.csv', csv('Code,Name_TH\n30010101,บ้าน\n')));
    expect(rows).toEqual([{ rowNumber: 2, values: { code: '30010101', name_th: 'บ้าน' } }]);
  });

  it('explains an unclosed quote in both languages', async () => {
    const error = await readSheetRecords('x.csv', csv('a,b\n"open,1\n')).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 422, messages: { en: expect.stringContaining('CSV') } });
    expect((error as AppError).messages.th).toContain('CSV');
  });

  it('refuses more rows than the limit with a 413', async () => {
    const limits = { maxRows: 3, maxUncompressedBytes: 1024 };
    await expect(readSheetRecords('x.csv', csv('a\n1\n2\n3\n'), limits)).rejects.toMatchObject({
      status: 413,
    });
  });
});

describe('XLSX reading', { timeout: 30_000 }, () => {
  const spec: SheetSpec = {
    name: 'รายการ',
    columns: [
      { key: 'stable_key', header: 'รหัส' },
      { key: 'title', header: 'ชื่อ' },
      { key: 'fy2569', header: 'งบ 2569', kind: 'baht' },
      { key: 'target', header: 'เป้าหมาย', kind: 'decimal' },
    ],
    rows: [
      { stable_key: 'item-1', title: 'พัฒนาแหล่งน้ำ <ชุมชน>', fy2569: 125000050n, target: 12.5 },
      { stable_key: '00123', title: 'ถนน', fy2569: 99999999999999n, target: null },
      { stable_key: 'item-3', title: 'ไม่มีงบ', fy2569: null, target: '0.1' },
    ],
  };

  it('reads back what writeWorkbook wrote, keyed by the key row, with exact satang', async () => {
    const rows = await keyedRows('x.xlsx', await writeWorkbook([spec]), ['stable_key', 'fy2569']);
    expect(rows.map((row) => row.rowNumber)).toEqual([3, 4, 5]);
    expect(rows[0]?.values).toEqual({
      stable_key: 'item-1',
      title: 'พัฒนาแหล่งน้ำ <ชุมชน>',
      fy2569: '1250000.5',
      target: '12.5',
    });
    expect(rows.map((row) => (row.values.fy2569 ? bahtToSatang(row.values.fy2569) : null))).toEqual([
      125000050n,
      99999999999999n,
      null,
    ]);
  });

  it('finds the key row below title rows, skips blank rows, reads formula results and dates', async () => {
    const content = await xlsx([
      ['แผนพัฒนาจังหวัด'],
      ['รหัส', 'ค่า'],
      ['Stable_Key', 'FY2569', 'day'],
      ['a', 1, new Date(Date.UTC(2026, 0, 31))],
      [],
      ['b', { formula: '1+1', result: 2 }],
      ['c', '1,234.50'],
    ]);
    expect(await keyedRows('x.xlsx', content, ['stable_key', 'fy2569'])).toEqual([
      { rowNumber: 4, values: { stable_key: 'a', fy2569: '1', day: '2026-01-31' } },
      { rowNumber: 6, values: { stable_key: 'b', fy2569: '2', day: '' } },
      { rowNumber: 7, values: { stable_key: 'c', fy2569: '1,234.50', day: '' } },
    ]);
  });

  it('reads a CSV laid out the same way', async () => {
    expect(
      await keyedRows('x.csv', csv('\uFEFFรหัส,ชื่อ\nstable_key,title\nk1,"ก, ข"\n'), ['stable_key']),
    ).toEqual([{ rowNumber: 3, values: { stable_key: 'k1', title: 'ก, ข' } }]);
  });

  it('explains in Thai and English when the key row is missing', async () => {
    const error = await keyedRows('x.csv', csv('a,b\n1,2\n'), ['stable_key']).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).messages.th).toContain('stable_key');
  });

  it('refuses other file types and unreadable workbooks', async () => {
    await expect(readSheetRecords('x.pdf', Buffer.from('%PDF'))).rejects.toMatchObject({ status: 415 });
    await expect(readSheetRecords('x.xlsx', Buffer.from('not a zip'))).rejects.toMatchObject({ status: 422 });
  });

  it('reads a workbook again whole when the streaming reader fails on it, and refuses one neither reads', async () => {
    const content = await xlsx([
      ['stable_key', 'name'],
      ['a', 'รายได้ครัวเรือนเกษตรเฉลี่ย'],
      ['b', 91500.25],
    ]);
    const failing: StreamedReader = async () => {
      throw new Error('unexpected end of stream');
    };
    const whole = await xlsxRecords(content, DEFAULT_SHEET_LIMITS, failing);
    expect(whole).toEqual(await xlsxRecords(content, DEFAULT_SHEET_LIMITS));
    expect(whole[1]?.cells).toEqual(['a', 'รายได้ครัวเรือนเกษตรเฉลี่ย']);
    await expect(xlsxRecords(Buffer.from('not a zip'), DEFAULT_SHEET_LIMITS, failing)).rejects.toMatchObject({
      status: 422,
    });
  });

  it('refuses too many rows and a zip bomb with a 413', async () => {
    const content = await xlsx([['a'], ['1'], ['2']]);
    const rowLimit = { maxRows: 2, maxUncompressedBytes: 10 * 1024 * 1024 };
    await expect(readSheetRecords('x.xlsx', content, rowLimit)).rejects.toMatchObject({ status: 413 });
    const unpacked = declaredUncompressedBytes(content);
    expect(unpacked).toBeGreaterThan(content.length);
    const sizeLimit = { maxRows: 100, maxUncompressedBytes: unpacked - 1 };
    const error = await readSheetRecords('x.xlsx', content, sizeLimit).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ status: 413, messages: { th: expect.stringContaining('MB') } });
  });
});

describe('XLSX reading of long Thai text', { timeout: 60_000 }, () => {
  it('never splits a Thai character where the streamed file is cut into chunks', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('needs');
    const titles = Array.from({ length: 1500 }, (_, index) => `ถนนชำรุดในหมู่บ้านนำเข้า ${index + 1}`);
    sheet.addRow(['title']);
    titles.forEach((title) => sheet.addRow([title]));
    const records = await readSheetRecords('needs.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(records.slice(1).map((record) => record.cells[0])).toEqual(titles);
  });
});

describe('a sheet reader that fails', () => {
  it('says the file is too large only when the worker ran out of its heap', () => {
    const outOfMemory = Object.assign(new Error('heap'), { code: 'ERR_WORKER_OUT_OF_MEMORY' });
    expect(workerFailure(outOfMemory)).toMatchObject({ status: 413, code: 'unreadable-file' });
    const cannotStart = Object.assign(new Error('Cannot find module'), { code: 'ERR_MODULE_NOT_FOUND' });
    expect(workerFailure(cannotStart)).toBe(cannotStart);
    expect(workerFailure(cannotStart)).not.toBeInstanceOf(AppError);
  });
});
