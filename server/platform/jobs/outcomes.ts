import { setImmediate } from 'node:timers/promises';
import { controlCharacterProblems } from '../../../domain/common/control-characters.js';
import type { Bilingual } from '../http/errors.js';
import type { JobItemReport, JobOutcome } from './job-types.js';

export const jobFailed = (message: Bilingual, result: Record<string, unknown> = {}): JobOutcome => ({
  status: 'failed',
  result,
  error: message,
});

/** The outcome of an all-or-nothing import that found bad rows: nothing was saved. */
export const rowsRejected = (badRows: number, totalRows: number): JobOutcome =>
  jobFailed(
    {
      th: `พบข้อผิดพลาด ${badRows} แถว จาก ${totalRows} แถว ไม่มีการบันทึกข้อมูลใด ๆ`,
      en: `${badRows} of ${totalRows} rows have errors; nothing was saved`,
    },
    { failedRows: badRows, totalRows },
  );

/** Rows a job's main-thread loop handles before letting other requests run. */
const ROWS_BETWEEN_YIELDS = 500;

/**
 * Uploaded rows whose cells hold NUL or another control character, as row errors naming each
 * column. Yields to the event loop between slices so a large file does not hold other requests.
 */
export async function controlCharacterItems(
  rows: readonly { rowNumber: number; values: Readonly<Record<string, string>> }[],
): Promise<JobItemReport[]> {
  const items: JobItemReport[] = [];
  for (let start = 0; start < rows.length; start += ROWS_BETWEEN_YIELDS) {
    for (const row of rows.slice(start, start + ROWS_BETWEEN_YIELDS)) {
      const messages = controlCharacterProblems(row.values);
      if (messages.length > 0) {
        items.push({ itemNo: row.rowNumber, ok: false, messages });
      }
    }
    await setImmediate();
  }
  return items;
}
