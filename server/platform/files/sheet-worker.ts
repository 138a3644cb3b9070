/**
 * Parses one uploaded CSV or XLSX in a worker thread so that a large file never stalls the server.
 * This file imports packages only (no project modules): Node loads it directly in the worker.
 */
import { Readable } from 'node:stream';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export type SheetRecord = { rowNumber: number; cells: string[] };
export type SheetLimits = { maxRows: number; maxUncompressedBytes: number };
export type SheetRequest = { fileName: string; content: Uint8Array; limits: SheetLimits };
type Message = { th: string; en: string };
export type SheetAnswer =
  { ok: true; records: SheetRecord[] } | { ok: false; status: number; message: Message };

// Plain fields, no parameter properties: Node strips this file's types without compiling it.
class SheetProblem extends Error {
  readonly status: number;
  readonly bilingual: Message;

  constructor(status: number, bilingual: Message) {
    super(bilingual.en);
    this.status = status;
    this.bilingual = bilingual;
  }
}

const tooManyRows = (limit: number) =>
  new SheetProblem(413, {
    th: `ไฟล์มีข้อมูลเกิน ${limit.toLocaleString('th-TH')} แถว กรุณาแบ่งเป็นหลายไฟล์`,
    en: `The file has more than ${limit.toLocaleString('en-US')} rows; split it into several files`,
  });

/** UTF-8 when the bytes are valid UTF-8, else Windows-874/TIS-620 as older government exports use. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return iconv.decode(Buffer.from(bytes), 'win874');
  }
}

export function csvRecords(bytes: Uint8Array, limits: SheetLimits): SheetRecord[] {
  let rows: string[][];
  try {
    rows = parse(decodeText(bytes), { relax_column_count: true, skip_empty_lines: true });
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new SheetProblem(422, {
      th: `อ่านไฟล์ CSV ไม่ได้ (บรรทัด ${line ?? '?'}): ตรวจเครื่องหมายคำพูด`,
      en: `The CSV file cannot be read (line ${line ?? '?'}): check its quotes`,
    });
  }
  const records = rows
    .map((cells) => cells.map((cell) => cell.trim()))
    .filter((cells) => cells.some((cell) => cell !== ''));
  if (records.length > limits.maxRows) {
    throw tooManyRows(limits.maxRows);
  }
  // A CSV does not count blank lines: row numbers are record positions.
  return records.map((cells, index) => ({ rowNumber: index + 1, cells }));
}

/** Sums the uncompressed sizes the zip's central directory declares, to refuse a zip bomb unopened. */
export function declaredUncompressedBytes(zip: Buffer): number {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0 || end + 22 > zip.length) {
    throw new SheetProblem(422, { th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file cannot be read' });
  }
  const entries = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  let total = 0;
  for (let entry = 0; entry < entries; entry += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== 0x02014b50) {
      throw new SheetProblem(422, { th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file cannot be read' });
    }
    const size = zip.readUInt32LE(offset + 24);
    // 0xFFFFFFFF means a ZIP64 size: larger than any sheet we accept.
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
    offset +=
      46 + zip.readUInt16LE(offset + 28) + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
  }
  return total;
}

/** Excel writes characters XML cannot hold (NUL, other controls) as `_xHHHH_`; exceljs leaves them so. */
const decodeEscapes = (text: string): string =>
  text.replace(/_x([0-9A-Fa-f]{4})_/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));

// Numbers as the shortest decimal that round-trips (1250000.5, never "1,250,000.50"); dates as ISO days.
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (value instanceof Date) {
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'string') {
    return decodeEscapes(value).trim();
  }
  if (typeof value !== 'object') {
    return String(value).trim();
  }
  if ('richText' in value) {
    return decodeEscapes(value.richText.map((run) => run.text).join('')).trim();
  }
  if ('text' in value && typeof value.text === 'string') {
    return decodeEscapes(value.text).trim();
  }
  if ('result' in value) {
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  }
  return '';
}

/**
 * A shared-string cell the streaming reader could not resolve: writers that store the strings after
 * the worksheet in the zip (as Excel and LibreOffice may) leave the index instead of the text.
 */
function isUnresolvedSharedString(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'sharedString' in value;
}

function recordsOf(rows: { number: number; values: unknown }[], limits: SheetLimits): SheetRecord[] {
  const records: SheetRecord[] = [];
  for (const row of rows) {
    const values = Array.isArray(row.values) ? row.values : [];
    const cells = Array.from({ length: Math.max(0, values.length - 1) }, (_, index) =>
      cellText(values[index + 1] as ExcelJS.CellValue),
    );
    if (cells.some((cell) => cell !== '')) {
      if (records.length >= limits.maxRows) {
        throw tooManyRows(limits.maxRows);
      }
      records.push({ rowNumber: row.number, cells });
    }
  }
  return records;
}

/** The first sheet read whole (not streamed), for files whose shared strings come after the sheet. */
async function loadedRecords(zip: Buffer, limits: SheetLimits): Promise<SheetRecord[]> {
  const { default: excel } = await import('exceljs');
  const workbook = new excel.Workbook();
  await workbook.xlsx.load(zip as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) {
    throw new SheetProblem(422, { th: 'ไฟล์ Excel ไม่มีแผ่นงาน', en: 'The Excel file has no sheet' });
  }
  const rows: { number: number; values: unknown }[] = [];
  sheet.eachRow((row) => rows.push({ number: row.number, values: row.values }));
  return recordsOf(rows, limits);
}

/** The first sheet read by exceljs's streaming reader, or null when it left a shared string unresolved. */
async function streamedRecords(zip: Buffer, limits: SheetLimits): Promise<SheetRecord[] | null> {
  // Loaded on demand: a CSV worker starts faster without it.
  const { default: excel } = await import('exceljs');
  const reader = new excel.stream.xlsx.WorkbookReader(Readable.from([zip]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const streamed = await streamedRows(reader);
  return streamed ? recordsOf(streamed, limits) : null;
}

export type StreamedReader = typeof streamedRecords;

/**
 * The first sheet of an .xlsx, streamed; read again whole when the streaming reader cannot read it,
 * left a shared string unresolved, or split a Thai character. Only a file neither reads is refused.
 */
export async function xlsxRecords(
  bytes: Uint8Array,
  limits: SheetLimits,
  readStreamed: StreamedReader = streamedRecords,
): Promise<SheetRecord[]> {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (declaredUncompressedBytes(zip) > limits.maxUncompressedBytes) {
    throw new SheetProblem(413, {
      th: `ไฟล์ Excel เมื่อคลายการบีบอัดมีขนาดเกิน ${Math.round(limits.maxUncompressedBytes / 1048576)} MB`,
      en: `The Excel file is larger than ${Math.round(limits.maxUncompressedBytes / 1048576)} MB when unpacked`,
    });
  }
  let streamed: SheetRecord[] | null;
  try {
    streamed = await readStreamed(zip, limits);
  } catch (error) {
    if (error instanceof SheetProblem) {
      throw error;
    }
    // The streaming reader fails on some files the whole-file reader reads: the whole read decides.
    streamed = null;
  }
  // exceljs's streaming reader decodes each compressed chunk on its own and can split a Thai
  // (3-byte) character into U+FFFD (exceljs issues 2063, 2084).
  if (streamed && !streamed.some((record) => record.cells.some((cell) => cell.includes('\uFFFD')))) {
    return streamed;
  }
  try {
    return await loadedRecords(zip, limits);
  } catch (error) {
    if (error instanceof SheetProblem) {
      throw error;
    }
    throw new SheetProblem(422, { th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file cannot be read' });
  }
}

/**
 * The rows of the first sheet, streamed (only the first sheet holds data; the others are lists and
 * notes), or null when a shared string was left unresolved.
 */
async function streamedRows(
  reader: ExcelJS.stream.xlsx.WorkbookReader,
): Promise<{ number: number; values: unknown }[] | null> {
  const rows: { number: number; values: unknown }[] = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet) {
      if (Array.isArray(row.values) && row.values.some(isUnresolvedSharedString)) {
        return null;
      }
      rows.push({ number: row.number, values: row.values });
    }
    return rows;
  }
  throw new SheetProblem(422, { th: 'ไฟล์ Excel ไม่มีแผ่นงาน', en: 'The Excel file has no sheet' });
}

/** Reads the records of a .csv/.txt or .xlsx file; every failure comes back as a bilingual message. */
export async function parseSheet(request: SheetRequest): Promise<SheetAnswer> {
  const lower = request.fileName.toLowerCase();
  try {
    if (lower.endsWith('.xlsx')) {
      return { ok: true, records: await xlsxRecords(request.content, request.limits) };
    }
    if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      return { ok: true, records: csvRecords(request.content, request.limits) };
    }
    return {
      ok: false,
      status: 415,
      message: { th: 'รองรับเฉพาะไฟล์ .csv และ .xlsx', en: 'Only .csv and .xlsx files are accepted' },
    };
  } catch (error) {
    if (error instanceof SheetProblem) {
      return { ok: false, status: error.status, message: error.bilingual };
    }
    return { ok: false, status: 422, message: { th: 'อ่านไฟล์ไม่ได้', en: 'The file cannot be read' } };
  }
}

if (!isMainThread && parentPort && (workerData as { sheet?: SheetRequest } | null)?.sheet) {
  const port = parentPort;
  void parseSheet((workerData as { sheet: SheetRequest }).sheet).then((answer) => port.postMessage(answer));
}
