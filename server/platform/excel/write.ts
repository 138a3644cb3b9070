import type ExcelJS from 'exceljs';
import { satangToBahtString } from '../../../domain/thai/money.js';

/**
 * text: as is; integer/decimal: numbers (integer without separators, for years and versions); count:
 * a quantity with thousands separators; baht: satang (bigint) shown as baht with 2 decimals.
 */
export type SheetColumnKind = 'text' | 'integer' | 'count' | 'decimal' | 'baht';

export type SheetColumn = {
  /** Machine key written in the key row; imports match columns by it. */
  key: string;
  /** Thai header a person reads. */
  header: string;
  kind?: SheetColumnKind;
  width?: number;
  /** Shown for information; imports ignore it (greyed). */
  readOnly?: boolean;
  /** A drop-down of allowed values (each without commas, 255 characters in all). */
  choices?: readonly string[];
};

export type SheetCell = string | number | bigint | null | undefined;

export type SheetSpec = {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly Record<string, SheetCell>[];
  /** Empty rows below the data that still get borders and drop-downs, for new rows. */
  spareRows?: number;
};

/** Row 1 holds the Thai headers, row 2 the keys, data starts at row 3. */
export const HEADER_ROW = 1;
export const KEY_ROW = 2;
export const FIRST_DATA_ROW = 3;

const THIN = { style: 'thin' as const, color: { argb: 'FF808080' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const READ_ONLY_FILL = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFF2F2F2' } };
const NUMBER_FORMATS: Record<SheetColumnKind, string | undefined> = {
  text: '@',
  integer: '0',
  count: '#,##0',
  decimal: undefined,
  baht: '#,##0.00',
};

export function cellValue(value: SheetCell, kind: SheetColumnKind): string | number | null {
  if (value === null || value === undefined || value === '') {
    return null;
  }
  if (kind === 'baht') {
    if (typeof value !== 'bigint') {
      throw new TypeError('baht columns take satang as bigint');
    }
    // Two-decimal baht is exact as a double far beyond any budget (< 2^53 satang).
    return Number(satangToBahtString(value));
  }
  if (kind === 'text') {
    return String(value);
  }
  if (typeof value === 'number') {
    return value;
  }
  // A decimal string a double cannot hold exactly (more than ~15 digits) stays text, so it reads back as written.
  const number = Number(value);
  return Number.isFinite(number) && sameDecimal(String(number), String(value)) ? number : String(value);
}

function sameDecimal(a: string, b: string): boolean {
  const canonical = (text: string) => {
    const [whole = '', fraction = ''] = text.replace(/^\+/, '').split('.');
    const trimmed = fraction.replace(/0+$/, '');
    return `${whole.replace(/^(-?)0+(?=\d)/, '$1')}${trimmed ? `.${trimmed}` : ''}`;
  };
  return canonical(a) === canonical(b);
}

/** The parts of a worksheet the header writer touches (a streamed worksheet has them too). */
type HeaderTarget = Pick<ExcelJS.Worksheet, 'columns' | 'getRow'>;

/** Column widths and formats, the Thai header row and the key row. */
export function writeHeaderRows(sheet: HeaderTarget, columns: readonly SheetColumn[]): void {
  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: { numFmt: NUMBER_FORMATS[column.kind ?? 'text'], font: { name: 'TH Sarabun New', size: 14 } },
  }));
  const header = sheet.getRow(HEADER_ROW);
  const keys = sheet.getRow(KEY_ROW);
  columns.forEach((column, index) => {
    const headerCell = header.getCell(index + 1);
    headerCell.value = column.header;
    headerCell.font = { name: 'TH Sarabun New', size: 14, bold: true };
    headerCell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    headerCell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    headerCell.border = BORDER;
    const keyCell = keys.getCell(index + 1);
    keyCell.value = column.key;
    keyCell.font = { name: 'Consolas', size: 9, italic: true, color: { argb: 'FF808080' } };
    keyCell.numFmt = '@';
    keyCell.border = BORDER;
  });
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: KEY_ROW }] });
  writeHeaderRows(sheet, spec.columns);
  const total = spec.rows.length + (spec.spareRows ?? 0);
  for (let rowIndex = 0; rowIndex < total; rowIndex += 1) {
    const row = spec.rows[rowIndex];
    const target = sheet.getRow(FIRST_DATA_ROW + rowIndex);
    spec.columns.forEach((column, index) => {
      const cell = target.getCell(index + 1);
      cell.value = row ? cellValue(row[column.key], column.kind ?? 'text') : null;
      cell.border = BORDER;
      if (column.readOnly) {
        cell.fill = READ_ONLY_FILL;
      }
      if (column.choices) {
        cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${column.choices.join(',')}"`] };
      }
    });
  }
}

/** A sheet of plain lines (instructions), after the data sheets. */
export type NotesSpec = { name: string; lines: readonly string[] };

function addNotes(workbook: ExcelJS.Workbook, notes: NotesSpec): void {
  const sheet = workbook.addWorksheet(notes.name);
  sheet.getColumn(1).width = 120;
  notes.lines.forEach((line, index) => {
    const cell = sheet.getRow(index + 1).getCell(1);
    cell.value = line;
    cell.font = { name: 'TH Sarabun New', size: 14 };
    cell.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** An .xlsx with one styled sheet per spec (Thai header row, key row, then the rows), the first one active. */
export async function writeWorkbook(
  sheets: readonly SheetSpec[],
  options: { notes?: NotesSpec } = {},
): Promise<Buffer> {
  // Loaded on first use: exceljs costs about a quarter of a second at start-up.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'AreaPlan';
  for (const spec of sheets) {
    addSheet(workbook, spec);
  }
  if (options.notes) {
    addNotes(workbook, options.notes);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
