/** A message in both languages; every error the API returns carries one. */
export type Bilingual = { th: string; en: string };

export type FieldError = { path: string; message: Bilingual };

/** Members an error adds to its problem+json body; the standard members cannot be overridden. */
export type ProblemExtra = Record<string, unknown> & {
  [K in 'type' | 'title' | 'status' | 'detail' | 'code' | 'messages' | 'errors']?: never;
};

/** An error the API reports as application/problem+json with its own status. */
export class AppError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messages: Bilingual;
  readonly fieldErrors: FieldError[];
  readonly extra: ProblemExtra;

  constructor(options: {
    status: number;
    code: string;
    message: Bilingual;
    fieldErrors?: FieldError[];
    extra?: ProblemExtra;
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

export const conflict = (message: Bilingual, extra?: ProblemExtra): AppError =>
  new AppError({ status: 409, code: 'conflict', message, extra });

/** The row changed since the client read it: nothing was saved. */
/** A write clashed with a unique key: another record has the same code, name or number. */
export const duplicate = (): AppError =>
  new AppError({
    status: 409,
    code: 'duplicate',
    message: {
      th: 'มีข้อมูลนี้อยู่แล้ว (รหัส ชื่อ หรือเลขที่ซ้ำกับรายการที่มีอยู่) กรุณาตรวจสอบแล้วลองใหม่',
      en: 'This record already exists (its code, name or number is taken); check and try again',
    },
  });

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

export const tooLarge = (): AppError =>
  new AppError({
    status: 413,
    code: 'too-large',
    message: { th: 'ไฟล์หรือข้อมูลมีขนาดใหญ่เกินกำหนด', en: 'The upload or body is larger than allowed' },
  });

export const preconditionRequired = (): AppError =>
  new AppError({
    status: 428,
    code: 'version-required',
    message: {
      th: 'ต้องระบุฉบับของข้อมูล (If-Match หรือ version) เพื่อป้องกันการบันทึกทับ',
      en: 'Send the version you edited (If-Match header or version field) so no one else’s change is overwritten',
    },
  });

export const unsupportedMediaType = (): AppError =>
  new AppError({
    status: 415,
    code: 'unsupported-media-type',
    message: { th: 'ไม่รองรับชนิดข้อมูลนี้', en: 'Unsupported content type' },
  });

export const rateLimited = (): AppError =>
  new AppError({
    status: 429,
    code: 'rate-limited',
    message: { th: 'มีคำขอมากเกินไป กรุณารอสักครู่', en: 'Too many requests; wait a moment' },
  });

/** Query parameters the operation does not know: rejected so a typo never widens a search. */
export const unknownQueryParameters = (names: string[]): AppError =>
  new AppError({
    status: 400,
    code: 'unknown-query-parameter',
    message: {
      th: `ไม่รู้จักพารามิเตอร์: ${names.join(', ')}`,
      en: `Unknown query parameter: ${names.join(', ')}`,
    },
    fieldErrors: names.map((name) => ({
      path: `querystring.${name}`,
      message: { th: 'พารามิเตอร์นี้ไม่มีในบริการนี้', en: 'This operation has no such parameter' },
    })),
  });

export const internalError = (): AppError =>
  new AppError({
    status: 500,
    code: 'internal',
    message: {
      th: 'ระบบขัดข้อง กรุณาลองใหม่หรือติดต่อผู้ดูแลระบบ',
      en: 'Something went wrong; try again or contact the administrator',
    },
  });
