/** A message in both languages; every error the API returns carries one. */
export type Bilingual = { th: string; en: string };

export type FieldError = { path: string; message: Bilingual };

/** An error the API reports as application/problem+json with its own status. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Bilingual;
  readonly fieldErrors: FieldError[];
  readonly extra: Record<string, unknown>;

  constructor(options: {
    status: number;
    code: string;
    message: Bilingual;
    fieldErrors?: FieldError[];
    extra?: Record<string, unknown>;
  }) {
    super(options.message.en);
    this.status = options.status;
    this.code = options.code;
    this.messages = options.message;
    this.fieldErrors = options.fieldErrors ?? [];
    this.extra = options.extra ?? {};
  }
}

export const notFound = (what: Bilingual): AppError =>
  new AppError({
    status: 404,
    code: 'not-found',
    message: { th: `ไม่พบ${what.th}`, en: `${what.en} not found` },
  });

export const forbidden = (): AppError =>
  new AppError({
    status: 403,
    code: 'forbidden',
    message: { th: 'คุณไม่มีสิทธิ์ดำเนินการนี้', en: 'You are not allowed to do this' },
  });

export const unauthenticated = (): AppError =>
  new AppError({
    status: 401,
    code: 'unauthenticated',
    message: { th: 'กรุณาเข้าสู่ระบบ', en: 'Please sign in' },
  });

export const invalid = (fieldErrors: FieldError[]): AppError =>
  new AppError({
    status: 400,
    code: 'validation',
    message: { th: 'ข้อมูลไม่ถูกต้อง', en: 'The request is not valid' },
    fieldErrors,
  });

export const conflict = (message: Bilingual, extra?: Record<string, unknown>): AppError =>
  new AppError({ status: 409, code: 'conflict', message, extra });

/** The row changed since the client read it: nothing was saved. */
export const staleVersion = (currentVersion: number): AppError =>
  new AppError({
    status: 412,
    code: 'stale-version',
    message: {
      th: `ข้อมูลถูกแก้ไขโดยผู้อื่นแล้ว (ฉบับปัจจุบัน ${currentVersion}) กรุณาโหลดใหม่แล้วแก้ไขอีกครั้ง ไม่มีการบันทึกข้อมูล`,
      en: `Someone else changed this record (current version ${currentVersion}). Reload and edit again; nothing was saved.`,
    },
    extra: { currentVersion },
  });
