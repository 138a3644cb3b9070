import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { describeIssue } from '../../../domain/common/bilingual.js';
import type { Problem } from '../../../domain/common/problem.js';
import { isUniqueViolation } from '../db/errors.js';
import {
  AppError,
  duplicate,
  internalError,
  rateLimited,
  tooLarge,
  unknownQueryParameters,
  unsupportedMediaType,
  type FieldError,
} from './errors.js';
import type { z } from 'zod';

/** The problem+json body of an error (shape declared once in domain/common/problem.ts). */
export function toProblem(error: AppError): Problem {
  return {
    type: `https://areaplan.moi.go.th/problems/${error.code}`,
    title: error.messages.en,
    status: error.status,
    detail: error.messages.en,
    code: error.code,
    messages: error.messages,
    ...(error.fieldErrors.length > 0 ? { errors: error.fieldErrors } : {}),
    ...error.extra,
  };
}

/** Field errors of a zod failure, in both languages, keyed by dotted path. */
export function fieldErrorsOf(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join('.'),
    message: describeIssue(issue),
  }));
}

const FRAMEWORK_ERRORS: Record<string, () => AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () =>
    new AppError({
      status: 400,
      code: 'malformed-json',
      message: { th: 'รูปแบบ JSON ไม่ถูกต้อง', en: 'The body is not valid JSON' },
    }),
  FST_ERR_CTP_EMPTY_JSON_BODY: () =>
    new AppError({
      status: 400,
      code: 'malformed-json',
      message: { th: 'ไม่มีข้อมูลในคำขอ', en: 'The JSON body is empty' },
    }),
  FST_ERR_CTP_BODY_TOO_LARGE: () => tooLarge(),
  FST_ERR_BAD_URL: () =>
    new AppError({
      status: 400,
      code: 'bad-url',
      message: { th: 'ที่อยู่ (URL) ไม่ถูกต้อง', en: 'The URL is not valid' },
    }),
  FST_ERR_MAX_PARAM_LENGTH: () =>
    new AppError({
      status: 414,
      code: 'url-too-long',
      message: { th: 'ที่อยู่ (URL) ยาวเกินกำหนด', en: 'The URL is too long' },
    }),
  FST_REQ_FILE_TOO_LARGE: () => tooLarge(),
  FST_FILES_LIMIT: () => tooLarge(),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => unsupportedMediaType(),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () =>
    new AppError({
      status: 415,
      code: 'unsupported-media-type',
      message: { th: 'ต้องส่งไฟล์แบบ multipart/form-data', en: 'Send the file as multipart/form-data' },
    }),
};

/** Maps a thrown error to the AppError the client sees; unknown errors become a 500 without details. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error;
  }
  const fastifyError = error as FastifyError;
  if (hasZodFastifySchemaValidationErrors(fastifyError)) {
    const where = fastifyError.validationContext ?? 'body';
    const unknownKeys = fastifyError.validation.flatMap((issue) =>
      issue.keyword === 'unrecognized_keys' ? (issue.params as { keys: string[] }).keys : [],
    );
    if (where === 'querystring' && unknownKeys.length > 0) {
      return unknownQueryParameters(unknownKeys);
    }
    return new AppError({
      status: 400,
      code: 'validation',
      message: { th: 'ข้อมูลไม่ถูกต้อง', en: 'The request is not valid' },
      fieldErrors: fastifyError.validation.map((issue) => ({
        path: [where === 'body' ? '' : where, ...issue.instancePath.split('/').filter(Boolean)]
          .filter(Boolean)
          .join('.'),
        message: describeIssue({
          ...(issue.params as object),
          code: issue.keyword,
          message: issue.message ?? '',
          path: [],
        } as z.core.$ZodIssue),
      })),
    });
  }
  const mapped = fastifyError.code ? FRAMEWORK_ERRORS[fastifyError.code] : undefined;
  if (mapped) {
    return mapped();
  }
  if (isUniqueViolation(error)) {
    return duplicate();
  }
  if (fastifyError.statusCode === 429) {
    return rateLimited();
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError({
      status: fastifyError.statusCode,
      code: 'bad-request',
      message: { th: 'คำขอไม่ถูกต้อง', en: fastifyError.message },
    });
  }
  return internalError();
}

/** Every error leaves as application/problem+json with Thai and English messages and no stack trace. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    }
    void reply.status(appError.status).type('application/problem+json').send(toProblem(appError));
  });
  app.setNotFoundHandler((request, reply) => {
    const appError = new AppError({
      status: 404,
      code: 'not-found',
      message: { th: 'ไม่พบเส้นทางที่ร้องขอ', en: `No route ${request.method} ${request.url}` },
    });
    void reply.status(404).type('application/problem+json').send(toProblem(appError));
  });
}
