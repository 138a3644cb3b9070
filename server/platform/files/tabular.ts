import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../http/errors.js';

export type TabularRow = { rowNumber: number; values: Record<string, string> };

const unreadable = (en: string, th: string): AppError =>
  new AppError({ status: 422, code: 'unreadable-file', message: { th, en } });

/** UTF-8 when the bytes are valid UTF-8, else Windows-874/TIS-620 as older government exports use. */
export function decodeText(buffer: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(buffer);
  if (!utf8.includes('\uFFFD')) {
    return utf8.replace(/^\uFEFF/, '');
  }
  return iconv.decode(buffer, 'win874');
}

/** Splits CSV text into records, honouring quotes, doubled quotes and newlines inside quotes. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') {
        index += 1;
      }
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((row) => row.some((cell) => cell.trim() !== ''));
}

function toRows(records: string[][]): TabularRow[] {
  const [header, ...body] = records;
  if (!header) {
    throw unreadable('The file has no header row', 'ไฟล์ไม่มีแถวหัวตาราง');
  }
  const names = header.map((name) => name.trim().toLowerCase());
  return body.map((cells, index) => ({
    // Row numbers as a person sees them in the sheet: the header is row 1.
    rowNumber: index + 2,
    values: Object.fromEntries(names.map((name, column) => [name, (cells[column] ?? '').trim()])),
  }));
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable('The Excel file cannot be read', 'อ่านไฟล์ Excel ไม่ได้');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw unreadable('The Excel file has no sheet', 'ไฟล์ Excel ไม่มีแผ่นงาน');
  }
  const records: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      const value = row.getCell(column).text;
      cells.push(value ?? '');
    }
    records.push(cells);
  });
  return records;
}

/** Reads a CSV (UTF-8 or Windows-874) or XLSX upload into rows keyed by lower-cased header. */
export async function readTabular(fileName: string, buffer: Buffer): Promise<TabularRow[]> {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    return toRows(await readXlsx(buffer));
  }
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    return toRows(parseCsv(decodeText(buffer)));
  }
  throw new AppError({
    status: 415,
    code: 'unsupported-file',
    message: { th: 'รองรับเฉพาะไฟล์ .csv และ .xlsx', en: 'Only .csv and .xlsx files are accepted' },
  });
}
