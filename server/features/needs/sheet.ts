import { PassThrough, Readable, type Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import type { Bilingual } from '../../../domain/common/bilingual.js';
import {
  NEED_SHEET_COLUMNS,
  type NeedSheetKey,
  type NeedSheetRow,
} from '../../../domain/needs/import-sheet.js';
import { NEED_ORIGIN_LABELS, NEED_ORIGINS } from '../../../domain/needs/need.js';
import { readSheetRecords, type SheetRecord } from '../../platform/files/sheet.js';
import { AppError } from '../../platform/http/errors.js';

export const NEEDS_SHEET_NAME = 'ความต้องการ';
const LISTS_SHEET_NAME = 'รายการ';
const KEY_ROW = 2;
const FIRST_DATA_ROW = 3;
/** Rows below the data that still get drop-downs, so people can add new needs. */
const SPARE_ROWS = 500;

/** exceljs keeps range validations on the worksheet but leaves them out of its typings. */
type RangeValidations = { add(address: string, validation: ExcelJS.DataValidation): void };

export type SheetDimension = { id: number; nameTh: string; nameEn: string | null; isActive: boolean };
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function columnLetter(key: NeedSheetKey): string {
  const index = NEED_SHEET_COLUMNS.findIndex((column) => column.key === key);
  return String.fromCharCode('A'.charCodeAt(0) + index);
}

/** One need as the template's columns. */
export type NeedSheetValues = Record<NeedSheetKey, string | number | null>;

function addListsSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, dimensions: readonly SheetDimension[]) {
  const lists = workbook.addWorksheet(LISTS_SHEET_NAME);
  lists.columns = [34, 30, 22, 4, 36, 36, 10].map((width) => ({ width }));
  const header = lists.addRow([
    'ที่มา (origin)',
    'Origin (English)',
    'รหัส (key)',
    '',
    'มิติ (dimension)',
    'Dimension (English)',
    'รหัส (id)',
  ]);
  header.font = { bold: true };
  header.commit();
  const active = dimensions.filter((dimension) => dimension.isActive);
  for (let index = 0; index < Math.max(NEED_ORIGINS.length, active.length); index += 1) {
    const origin = NEED_ORIGINS[index];
    const dimension = active[index];
    lists
      .addRow([
        origin ? NEED_ORIGIN_LABELS[origin].th : null,
        origin ? NEED_ORIGIN_LABELS[origin].en : null,
        origin ?? null,
        null,
        dimension?.nameTh ?? null,
        dimension ? (dimension.nameEn ?? '') : null,
        dimension?.id ?? null,
      ])
      .commit();
  }
  lists.commit();
}

/**
 * Streams the needs workbook into `output` as its rows arrive: Thai headers on row 1, the column keys
 * on hidden row 2, one need per row from row 3, and a second sheet listing valid origins and
 * dimensions (also used as drop-downs). Each row is written and released at once (exceljs' streaming
 * writer), so a province's 13,000 needs never sit in memory as a workbook.
 */
export async function streamNeedWorkbook(
  output: Writable,
  rows: AsyncIterable<NeedSheetValues>,
  dimensions: readonly SheetDimension[],
): Promise<void> {
  // Loaded on first use: exceljs costs about a quarter of a second at start-up.
  const { stream } = (await import('exceljs')).default;
  const workbook = new stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'AreaPlan';
  const sheet = workbook.addWorksheet(NEEDS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: KEY_ROW }] });
  sheet.columns = NEED_SHEET_COLUMNS.map((column) => ({
    key: column.key,
    width: column.key === 'title' || column.key === 'description' ? 48 : 22,
  }));
  const header = sheet.addRow(NEED_SHEET_COLUMNS.map((column) => column.th));
  header.font = { bold: true };
  header.commit();
  const keys = sheet.addRow(NEED_SHEET_COLUMNS.map((column) => column.key));
  keys.hidden = true;
  keys.commit();
  let written = 0;
  for await (const values of rows) {
    sheet
      .addRow(
        NEED_SHEET_COLUMNS.map((column) => {
          const value = values[column.key];
          return value === null || value === '' ? null : value;
        }),
      )
      .commit();
    written += 1;
  }
  const activeDimensions = dimensions.filter((dimension) => dimension.isActive).length;
  const lastRow = FIRST_DATA_ROW + written + SPARE_ROWS;
  // One range per column: a validation per cell costs exceljs seconds and megabytes at 13,000 rows.
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  for (const [key, range] of [
    ['origin', `${LISTS_SHEET_NAME}!$A$2:$A$${NEED_ORIGINS.length + 1}`],
    ['dimension', `${LISTS_SHEET_NAME}!$E$2:$E$${Math.max(2, activeDimensions + 1)}`],
  ] as const) {
    const column = columnLetter(key);
    validations.add(`${column}${FIRST_DATA_ROW}:${column}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
    });
  }
  sheet.commit();
  addListsSheet(workbook, dimensions);
  await workbook.commit();
}

/** The whole workbook in memory: for the empty template and small files only. */
export async function writeNeedWorkbook(
  rows: readonly NeedSheetValues[],
  dimensions: readonly SheetDimension[],
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const output = new PassThrough();
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve, reject) => output.on('end', resolve).on('error', reject));
  await streamNeedWorkbook(output, Readable.from(rows), dimensions);
  await ended;
  return Buffer.concat(chunks);
}

export type SheetReading = { ok: true; rows: NeedSheetRow[] } | { ok: false; message: Bilingual };

const notTemplate: Bilingual = {
  th: 'ไฟล์ไม่ตรงกับแม่แบบนำเข้าความต้องการ (ดาวน์โหลดแม่แบบแล้วกรอกข้อมูลตามคอลัมน์)',
  en: 'The file does not follow the needs import template (download the template and fill in its columns)',
};

/** Reads the first sheet of a needs workbook by fixed column order; rows are numbered as in Excel. */
export async function readNeedWorkbook(fileName: string, content: Uint8Array): Promise<SheetReading> {
  let records: SheetRecord[];
  try {
    records = await readSheetRecords(fileName, content);
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, message: error.messages };
    }
    throw error;
  }
  const cellsOf = (rowNumber: number) =>
    records.find((record) => record.rowNumber === rowNumber)?.cells ?? [];
  const headerMatches = (rowNumber: number, pick: (column: (typeof NEED_SHEET_COLUMNS)[number]) => string) =>
    NEED_SHEET_COLUMNS.every((column, index) => (cellsOf(rowNumber)[index] ?? '') === pick(column));
  const hasKeyRow = headerMatches(KEY_ROW, (column) => column.key);
  if (!hasKeyRow && !headerMatches(1, (column) => column.th) && !headerMatches(1, (column) => column.key)) {
    return { ok: false, message: notTemplate };
  }
  const firstDataRow = hasKeyRow ? FIRST_DATA_ROW : 2;
  const rows = records
    .filter((record) => record.rowNumber >= firstDataRow)
    .map((record) => ({
      rowNumber: record.rowNumber,
      cells: Object.fromEntries(
        NEED_SHEET_COLUMNS.map((column, index) => [column.key, record.cells[index] ?? '']),
      ) as Record<NeedSheetKey, string>,
    }))
    .filter((row) => NEED_SHEET_COLUMNS.some((column) => !column.readOnly && row.cells[column.key] !== ''));
  return { ok: true, rows };
}
