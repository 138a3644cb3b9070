import { Worker } from 'node:worker_threads';
import { AppError, type Bilingual } from '../http/errors.js';
import type { SheetAnswer, SheetLimits, SheetRecord, SheetRequest } from './sheet-worker.js';

export type { SheetRecord, SheetLimits };
export type TabularRow = { rowNumber: number; values: Record<string, string> };

export const DEFAULT_SHEET_LIMITS: SheetLimits = { maxRows: 50_000, maxUncompressedBytes: 100 * 1024 * 1024 };
const KEY_ROW_SEARCH_DEPTH = 10;
const WORKER_HEAP_MB = 512;

/** The one way to say an upload cannot be used: a 422 (or the given status) with both languages. */
export const unreadable = (message: Bilingual, status = 422): AppError =>
  new AppError({ status, code: status === 415 ? 'unsupported-file' : 'unreadable-file', message });

// Source runs as TypeScript (tsx, vitest, Node's type stripping); a build emits the worker as .js beside this file.
const workerFile = new URL(
  import.meta.url.endsWith('.ts') ? './sheet-worker.ts' : './sheet-worker.js',
  import.meta.url,
);

/**
 * Reads the first sheet of an .xlsx (streamed) or a .csv/.txt (UTF-8 or Windows-874) in a worker
 * thread, so the event loop keeps answering. Blank rows are dropped; cells are trimmed text.
 */
export function readSheetRecords(
  fileName: string,
  content: Uint8Array,
  limits: SheetLimits = DEFAULT_SHEET_LIMITS,
): Promise<SheetRecord[]> {
  const sheet: SheetRequest = { fileName, content, limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: { sheet },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (!settled) {
        settled = true;
        outcome();
        void worker.terminate();
      }
    };
    worker.once('message', (answer: SheetAnswer) =>
      settle(() => (answer.ok ? resolve(answer.records) : reject(unreadable(answer.message, answer.status)))),
    );
    worker.once('error', (error) => settle(() => reject(workerFailure(error))));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the sheet reader stopped (exit code ${code}) before answering`))),
    );
  });
}

/**
 * Only a worker that ran out of its heap says the file is too large; any other failure (the worker
 * could not start, a defect) stays a server error, logged as such, not blamed on the user's file.
 */
export function workerFailure(error: unknown): Error {
  if ((error as { code?: unknown } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return unreadable(
      { th: 'ไฟล์ใหญ่เกินกว่าจะอ่านได้ กรุณาแบ่งเป็นหลายไฟล์', en: 'The file is too large to read; split it' },
      413,
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}

function keyed(keys: readonly string[], record: SheetRecord): TabularRow {
  return {
    rowNumber: record.rowNumber,
    values: Object.fromEntries(
      keys.flatMap((key, column) => (key === '' ? [] : [[key, record.cells[column] ?? '']])),
    ),
  };
}

/** Rows under a header in the first record, keyed by the lower-cased header names. */
export function rowsUnderHeader(records: readonly SheetRecord[]): TabularRow[] {
  const [header, ...body] = records;
  if (!header) {
    throw unreadable({ th: 'ไฟล์ไม่มีแถวหัวตาราง', en: 'The file has no header row' });
  }
  const keys = header.cells.map((name) => name.toLowerCase());
  return body.map((record) => keyed(keys, record));
}

/**
 * Rows under the key row near the top (the row holding every required key, under a Thai header row
 * as `writeWorkbook` lays it out), keyed by those keys.
 */
export function rowsUnderKeyRow(
  records: readonly SheetRecord[],
  requiredKeys: readonly string[],
): TabularRow[] {
  const keyIndex = records
    .slice(0, KEY_ROW_SEARCH_DEPTH)
    .findIndex((record) =>
      requiredKeys.every((key) => record.cells.some((cell) => cell.toLowerCase() === key)),
    );
  const keyRecord = records[keyIndex];
  if (!keyRecord) {
    throw unreadable({
      th: `ไม่พบแถวรหัสคอลัมน์ (${requiredKeys.join(', ')}) กรุณาใช้ไฟล์ที่ส่งออกจากระบบ`,
      en: `No key row with ${requiredKeys.join(', ')} was found; start from the exported file`,
    });
  }
  const keys = keyRecord.cells.map((cell) => cell.toLowerCase());
  return records.slice(keyIndex + 1).map((record) => keyed(keys, record));
}
