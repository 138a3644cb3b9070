import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { toAppError, toProblem } from './problem.js';

function problemJson(error: AppError): string {
  return JSON.stringify(toProblem(error));
}

const clientProblems: Record<string, () => AppError> = {
  HPE_HEADER_OVERFLOW: () =>
    new AppError({
      status: 431,
      code: 'headers-too-large',
      message: { th: 'ส่วนหัวของคำขอหรือ URL ยาวเกินกำหนด', en: 'The request headers or URL are too large' },
    }),
  ERR_HTTP_REQUEST_TIMEOUT: () =>
    new AppError({
      status: 408,
      code: 'request-timeout',
      message: { th: 'คำขอใช้เวลานานเกินกำหนด', en: 'The request took too long to arrive' },
    }),
};

const malformedRequest = (): AppError =>
  new AppError({
    status: 400,
    code: 'malformed-request',
    message: { th: 'คำขอ HTTP ผิดรูปแบบ', en: 'The HTTP request is malformed' },
  });

/**
 * Fastify options so that errors raised before routing (in Node's HTTP parser or the router) also
 * answer application/problem+json in both languages, like every other error.
 */
export const frameworkErrorOptions = {
  clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
    if (error.code === 'ECONNRESET' || socket.destroyed) {
      return;
    }
    const problem = (error.code ? clientProblems[error.code] : undefined)?.() ?? malformedRequest();
    const body = problemJson(problem);
    if (socket.writable) {
      socket.write(
        `HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status] ?? ''}\r\nConnection: close\r\n` +
          `Content-Type: application/problem+json; charset=utf-8\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
    }
    socket.destroy(error);
  },
  frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
    const problem = toAppError(error);
    void reply.status(problem.status).type('application/problem+json').send(toProblem(problem));
  },
};
