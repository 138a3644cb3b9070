import type { FastifyRequest } from 'fastify';
import { expectedVersion, etag } from '../../platform/http/context.js';
import type { ErrorStatus } from '../../platform/http/responses.js';

/** The problem+json errors plans operations document, by kind of operation. */
export const PLAN_ERRORS = {
  /** Lists: bad or unknown query parameters, not signed in, no read permission. */
  list: [400, 401, 403],
  /** One record by id; outside the actor's scope reads as not found. */
  read: [400, 401, 403, 404],
  /** Adding under a parent: the parent may be missing or its version locked. */
  create: [400, 401, 403, 404, 409],
  /** Changes with optimistic concurrency (If-Match): stale (412) or missing (428) versions. */
  edit: [400, 401, 403, 404, 409, 412, 428],
} as const satisfies Record<string, readonly ErrorStatus[]>;

/** Sends the record's version as its ETag, for the next If-Match. */
export function withEtag<T extends { version: number }>(
  reply: { header: (name: string, value: string) => unknown },
  value: T,
): T {
  reply.header('etag', etag(value.version));
  return value;
}

/** The version a write was based on when one was sent; undefined when the client sent none. */
export function optionalVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  return request.headers['if-match'] === undefined && bodyVersion === undefined
    ? undefined
    : expectedVersion(request, bodyVersion);
}
