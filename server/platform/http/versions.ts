import type { FastifyRequest } from 'fastify';
import { expectedVersion } from './context.js';
import { preconditionRequired, staleVersion } from './errors.js';

/**
 * The If-Match version when one is sent, else null: records kept per period (spending years, result quarters) are created by their first
 * write (no version yet) and then need If-Match, which each service checks against the stored row.
 */
export function optionalVersion(request: FastifyRequest, bodyVersion?: number): number | null {
  return request.headers['if-match'] === undefined && bodyVersion === undefined
    ? null
    : expectedVersion(request, bodyVersion);
}

/** Checks an existing row's version: none sent is 428, a different one 412; a new row needs none. */
export function checkVersion(current: number | undefined, expected: number | null): void {
  if (current === undefined) {
    return;
  }
  if (expected === null) {
    throw preconditionRequired();
  }
  if (current !== expected) {
    throw staleVersion(current);
  }
}
