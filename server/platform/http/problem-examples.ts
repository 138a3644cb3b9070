import type { Problem } from '../../../domain/common/problem.js';
import {
  AppError,
  conflict,
  forbidden,
  internalError,
  invalid,
  notFound,
  preconditionRequired,
  rateLimited,
  staleVersion,
  tooLarge,
  unauthenticated,
  unsupportedMediaType,
} from './errors.js';
import { toProblem } from './problem.js';
import type { ErrorStatus } from './responses.js';

// Spreadsheet readers raise this one; its text depends on the file, so the example shows one case.
const unreadable = new AppError({
  status: 422,
  code: 'unreadable-file',
  message: { th: 'อ่านไฟล์ Excel ไม่ได้', en: 'The Excel file cannot be read' },
});

const unhealthy = new AppError({
  status: 503,
  code: 'unhealthy',
  message: {
    th: 'ระบบยังไม่พร้อม: การแบ่งสิทธิ์ตามจังหวัดในฐานข้อมูลไม่ครบ',
    en: 'Not ready: the database row-level security is incomplete',
  },
  extra: { problems: ['needs: no policies'] },
});

const SAMPLES: Record<ErrorStatus, { description: string; error: AppError }> = {
  400: {
    description: 'Invalid request / คำขอไม่ถูกต้อง',
    error: invalid([{ path: 'title', message: { th: 'จำเป็นต้องระบุ', en: 'Required' } }]),
  },
  401: { description: 'Not signed in / ยังไม่ได้เข้าสู่ระบบ', error: unauthenticated() },
  403: { description: 'Not allowed / ไม่มีสิทธิ์', error: forbidden() },
  404: { description: 'Not found / ไม่พบข้อมูล', error: notFound({ th: 'ข้อมูล', en: 'Record' }) },
  409: {
    description: 'Conflict / ข้อมูลขัดแย้ง',
    error: conflict({ th: 'มีรหัสนี้อยู่แล้ว', en: 'This code already exists' }),
  },
  412: { description: 'Stale version / ข้อมูลถูกแก้ไขโดยผู้อื่น', error: staleVersion(4) },
  413: { description: 'Too large / ข้อมูลใหญ่เกินกำหนด', error: tooLarge() },
  415: { description: 'Unsupported media type / ไม่รองรับชนิดข้อมูล', error: unsupportedMediaType() },
  422: { description: 'Unreadable file / อ่านไฟล์ไม่ได้', error: unreadable },
  428: { description: 'Version required / ต้องระบุฉบับของข้อมูล', error: preconditionRequired() },
  429: { description: 'Too many requests / คำขอมากเกินไป', error: rateLimited() },
  500: { description: 'Server error / ระบบขัดข้อง', error: internalError() },
  503: { description: 'Not ready / ระบบยังไม่พร้อม', error: unhealthy },
};

/** The description and a real example body of each documented error status. */
export function problemExample(status: ErrorStatus): { description: string; example: Problem } {
  const sample = SAMPLES[status];
  return { description: sample.description, example: toProblem(sample.error) };
}
