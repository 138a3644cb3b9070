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

function addListsSheet(workbook: ExcelJS.Workbook, dimensions: readonly SheetDimension[]) {
  const lists = workbook.addWorksheet(LISTS_SHEET_NAME);
  lists.columns = [
    { header: 'ที่มา (origin)', width: 34 },
    { header: 'Origin (English)', width: 30 },
    { header: 'รหัส (key)', width: 22 },
    { header: '', width: 4 },
    { header: 'มิติ (dimension)', width: 36 },
    { header: 'Dimension (English)', width: 36 },
    { header: 'รหัส (id)', width: 10 },
  ];
  NEED_ORIGINS.forEach((origin, index) => {
    const row = lists.getRow(index + 2);
    row.getCell(1).value = NEED_ORIGIN_LABELS[origin].th;
    row.getCell(2).value = NEED_ORIGIN_LABELS[origin].en;
    row.getCell(3).value = origin;
  });
  dimensions
    .filter((dimension) => dimension.isActive)
    .forEach((dimension, index) => {
      const row = lists.getRow(index + 2);
      row.getCell(5).value = dimension.nameTh;
      row.getCell(6).value = dimension.nameEn ?? '';
      row.getCell(7).value = dimension.id;
    });
  lists.getRow(1).font = { bold: true };
  return {
    originRange: `${LISTS_SHEET_NAME}!$A$2:$A$${NEED_ORIGINS.length + 1}`,
    dimensionRange: `${LISTS_SHEET_NAME}!$E$2:$E$${Math.max(2, dimensions.filter((d) => d.isActive).length + 1)}`,
  };
}

/**
 * The needs workbook: Thai headers on row 1, the column keys on hidden row 2, one need per row from
 * row 3, and a second sheet listing valid origins and dimensions (also used as drop-downs).
 */
export async function writeNeedWorkbook(
  rows: readonly Record<NeedSheetKey, string | number | null>[],
  dimensions: readonly SheetDimension[],
): Promise<Buffer> {
  // Loaded on first use: exceljs costs about a quarter of a second at start-up.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = 'AreaPlan';
  const sheet = workbook.addWorksheet(NEEDS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: KEY_ROW }] });
  sheet.columns = NEED_SHEET_COLUMNS.map((column) => ({
    key: column.key,
    width: column.key === 'title' || column.key === 'description' ? 48 : 22,
  }));
  sheet.getRow(1).values = NEED_SHEET_COLUMNS.map((column) => column.th);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(KEY_ROW).values = NEED_SHEET_COLUMNS.map((column) => column.key);
  sheet.getRow(KEY_ROW).hidden = true;
  rows.forEach((values, index) => {
    const row = sheet.getRow(FIRST_DATA_ROW + index);
    NEED_SHEET_COLUMNS.forEach((column, columnIndex) => {
      const value = values[column.key];
      row.getCell(columnIndex + 1).value = value === null || value === '' ? null : value;
    });
  });
  const { originRange, dimensionRange } = addListsSheet(workbook, dimensions);
  const lastRow = FIRST_DATA_ROW + rows.length + SPARE_ROWS;
  // One range per column: a validation per cell costs exceljs seconds and megabytes at 13,000 rows.
  const validations = (sheet as unknown as { dataValidations: RangeValidations }).dataValidations;
  for (const [key, range] of [
    ['origin', originRange],
    ['dimension', dimensionRange],
  ] as const) {
    const column = columnLetter(key);
    validations.add(`${column}${FIRST_DATA_ROW}:${column}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [range],
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
