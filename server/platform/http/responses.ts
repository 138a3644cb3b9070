import { z } from 'zod';
import { problemSchema } from '../../../domain/common/problem.js';

/** The error statuses an operation may document; each has an example in problem-examples.ts. */
export const ERROR_STATUSES = [400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 429, 500, 503] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

/** A response that is not JSON (a file): its media types, documented in OpenAPI. */
export type FileResponse = {
  description: string;
  content: Record<string, { schema: z.ZodType }>;
};

type SuccessResponses = Record<number, z.ZodType | FileResponse>;

/**
 * A route's `response` map: its success schemas plus the problem+json errors it documents, e.g.
 * `responses({ 200: needSchema }, { errors: [400, 401, 403, 404] })`.
 */
export function responses<const S extends SuccessResponses, const E extends ErrorStatus>(
  success: S,
  options: { errors: readonly E[] },
): S & { [K in E]: typeof problemSchema } {
  const errors = Object.fromEntries(options.errors.map((status) => [status, problemSchema]));
  return { ...success, ...errors } as S & { [K in E]: typeof problemSchema };
}

/** A download of the given media types (bytes, not JSON). */
export function fileResponse(description: string, ...mediaTypes: string[]): FileResponse {
  const schema = z.string().meta({ format: 'binary' });
  return { description, content: Object.fromEntries(mediaTypes.map((type) => [type, { schema }])) };
}

/** A 204: success without a body. */
export const noContent = z.null().meta({ description: 'No content / สำเร็จ ไม่มีข้อมูลตอบกลับ' });

export const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  pdf: 'application/pdf',
  octetStream: 'application/octet-stream',
} as const;
