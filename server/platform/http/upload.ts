import type { FastifyError, FastifyRequest } from 'fastify';
import { controlCharacterError, hasControlCharacter } from './control-characters.js';
import { AppError, type Bilingual } from './errors.js';

export type Upload = { fileName: string; mimeType: string; content: Buffer };

// Limits keep their 413 answers (mapped centrally); anything else from the multipart parser is a
// malformed body, not a server fault.
const LIMIT_CODES = new Set([
  'FST_REQ_FILE_TOO_LARGE',
  'FST_FILES_LIMIT',
  'FST_PARTS_LIMIT',
  'FST_FIELDS_LIMIT',
]);

const malformed = (): AppError =>
  new AppError({
    status: 400,
    code: 'malformed-multipart',
    message: {
      th: 'ข้อมูลไฟล์ที่ส่งมาไม่สมบูรณ์หรือผิดรูปแบบ กรุณาส่งใหม่แบบ multipart/form-data',
      en: 'The multipart body is incomplete or malformed; send the file again as multipart/form-data',
    },
  });

/**
 * The single file of a multipart request, read into memory (the size limit is the app's upload
 * limit). Call it after the permission check, so a read-only user never gets the body parsed.
 */
export async function readSingleUpload(request: FastifyRequest, whenMissing: Bilingual): Promise<Upload> {
  const missing = new AppError({ status: 400, code: 'file-required', message: whenMissing });
  if (!request.isMultipart()) {
    throw missing;
  }
  try {
    const file = await request.file();
    if (!file) {
      throw missing;
    }
    const content = await file.toBuffer();
    if (hasControlCharacter(file.filename)) {
      throw controlCharacterError('file');
    }
    return {
      fileName: file.filename || 'file',
      mimeType: file.mimetype || 'application/octet-stream',
      content,
    };
  } catch (error) {
    if (error instanceof AppError || LIMIT_CODES.has((error as FastifyError).code)) {
      throw error;
    }
    throw malformed();
  }
}
