import { controlCharacterProblems } from '../../../domain/common/control-characters.js';
import type { Bilingual } from '../http/errors.js';
import type { JobItemReport, JobOutcome } from './runner.js';

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

/** Uploaded rows whose cells hold NUL or another control character, as row errors naming each column. */
export function controlCharacterItems(
  rows: readonly { rowNumber: number; values: Readonly<Record<string, string>> }[],
): JobItemReport[] {
  return rows.flatMap((row) => {
    const messages = controlCharacterProblems(row.values);
    return messages.length > 0 ? [{ itemNo: row.rowNumber, ok: false, messages }] : [];
  });
}
