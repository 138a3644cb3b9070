import { withoutControlCharacters } from '../../../domain/common/control-characters.js';
import { AppError, type Bilingual } from '../http/errors.js';

const SQLSTATE = /^[0-9A-Z]{5}$/;

function isDatabaseError(error: unknown): boolean {
  for (let current = error, depth = 0; current instanceof Error && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && SQLSTATE.test(code)) {
      return true;
    }
    if (current.name === 'DrizzleQueryError') {
      return true;
    }
    current = current.cause;
  }
  return false;
}

/** Both languages with control characters (NUL…) removed, so the text can always be stored and shown. */
export const sanitised = (message: Bilingual): Bilingual => ({
  th: withoutControlCharacters(message.th),
  en: withoutControlCharacters(message.en),
});

/**
 * What a user may read about a job that threw: an application error's own bilingual message, else a
 * generic one. Never the exception text, which may hold SQL, parameters or uploaded values.
 */
export function failureMessage(error: unknown, jobId: string): Bilingual {
  if (error instanceof AppError) {
    return sanitised(error.messages);
  }
  if (isDatabaseError(error)) {
    return {
      th: `ฐานข้อมูลไม่รับข้อมูลของงานนี้ ไม่มีการบันทึกข้อมูลใด ๆ (รหัสงาน ${jobId}) ตรวจข้อมูลในไฟล์หรือแจ้งผู้ดูแลระบบ`,
      en: `The database refused this job's data; nothing was saved (job ${jobId}). Check the file or tell the administrator`,
    };
  }
  return {
    th: `งานล้มเหลวจากข้อผิดพลาดภายในระบบ (รหัสงาน ${jobId}) กรุณาแจ้งผู้ดูแลระบบ`,
    en: `The job failed because of an internal error (job ${jobId}); tell the administrator`,
  };
}

export const parkedMessage = (attempts: number): Bilingual => ({
  th: `งานหยุดกลางคันหรือล้มเหลวครบ ${attempts} ครั้ง ระบบจึงหยุดลองใหม่ กรุณาแจ้งผู้ดูแลระบบ`,
  en: `The job stopped or failed ${attempts} times, so it is no longer retried; tell the administrator`,
});

/** Server-side log text for a failure: full detail for operators, control characters made visible. */
export function failureDetail(error: unknown): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const cause =
    error instanceof Error && error.cause instanceof Error ? ` cause: ${error.cause.message}` : '';
  return JSON.stringify(`${text}${cause}`).slice(1, -1);
}

/** JSON text of a value with control characters stripped from every string (jsonb refuses NUL). */
export const sanitisedJsonText = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' ? withoutControlCharacters(item) : item,
  );

/** A JSON value with control characters stripped from every string (jsonb refuses NUL). */
export const sanitisedJson = <T>(value: T): T => JSON.parse(sanitisedJsonText(value)) as T;
