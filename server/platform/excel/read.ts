import ExcelJS from 'exceljs';
import { decodeText, parseCsv, type TabularRow } from '../files/tabular.js';
import { AppError } from '../http/errors.js';

type NumberedRecord = { rowNumber: number; cells: string[] };

const KEY_ROW_SEARCH_DEPTH = 10;

const unreadable = (th: string, en: string): AppError =>
  new AppError({ status: 422, code: 'unreadable-file', message: { th, en } });

// Numbers come back as the shortest decimal that round-trips (1250000.5), never a formatted "1,250,000.50".
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (typeof value === 'number') {
    return String(value);
  }
  if (value !== null && typeof value === 'object' && 'result' in value && typeof value.result === 'number') {
    return String(value.result);
  }
  return cell.text ?? '';
}

async function xlsxRecords(buffer: Buffer): Promise<NumberedRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw unreadable('อ่านไฟล์ Excel ไม่ได้', 'The Excel file cannot be read');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw unreadable('ไฟล์ Excel ไม่มีแผ่นงาน', 'The Excel file has no sheet');
  }
  const records: NumberedRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) {
      cells.push(cellText(row.getCell(column)).trim());
    }
    records.push({ rowNumber: row.number, cells });
  });
  return records;
}

function csvRecords(buffer: Buffer): NumberedRecord[] {
  return parseCsv(decodeText(buffer)).map((cells, index) => ({
    rowNumber: index + 1,
    cells: cells.map((cell) => cell.trim()),
  }));
}

/**
 * Reads the first sheet of an .xlsx (or a .csv) whose column keys sit in a key row near the top (under
 * a Thai header row, as `writeWorkbook` lays it out). Rows below it come back keyed by those keys,
 * numbered as the spreadsheet shows them (a CSV does not count blank lines); blank rows are skipped.
 */
export async function readKeyedSheet(
  fileName: string,
  buffer: Buffer,
  requiredKeys: readonly string[],
): Promise<TabularRow[]> {
  const lower = fileName.toLowerCase();
  let records: NumberedRecord[];
  if (lower.endsWith('.xlsx')) {
    records = await xlsxRecords(buffer);
  } else if (lower.endsWith('.csv')) {
    records = csvRecords(buffer);
  } else {
    throw new AppError({
      status: 415,
      code: 'unsupported-file',
      message: { th: 'รองรับเฉพาะไฟล์ .xlsx และ .csv', en: 'Only .xlsx and .csv files are accepted' },
    });
  }
  const keyIndex = records
    .slice(0, KEY_ROW_SEARCH_DEPTH)
    .findIndex((record) =>
      requiredKeys.every((key) => record.cells.some((cell) => cell.toLowerCase() === key)),
    );
  const keyRecord = records[keyIndex];
  if (!keyRecord) {
    throw unreadable(
      `ไม่พบแถวรหัสคอลัมน์ (${requiredKeys.join(', ')}) กรุณาใช้ไฟล์ที่ส่งออกจากระบบ`,
      `No key row with ${requiredKeys.join(', ')} was found; start from the exported file`,
    );
  }
  const keys = keyRecord.cells.map((cell) => cell.toLowerCase());
  return records
    .slice(keyIndex + 1)
    .filter((record) => record.cells.some((cell) => cell !== ''))
    .map((record) => ({
      rowNumber: record.rowNumber,
      values: Object.fromEntries(
        keys.flatMap((key, column) => (key === '' ? [] : [[key, record.cells[column] ?? '']])),
      ),
    }));
}
