import type { FastifyRequest } from 'fastify';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ActiveSession } from '../auth/sessions.js';
import { preconditionRequired, unauthenticated } from './errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    session: ActiveSession | null;
  }
}

/** The signed-in actor, or a 401. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) {
    throw unauthenticated();
  }
  return request.actor;
}

/** The version a write was based on, from `If-Match: "3"` or a `version` body field. */
export function expectedVersion(request: FastifyRequest, bodyVersion?: number): number {
  const header = request.headers['if-match'];
  if (typeof header === 'string') {
    const match = /^(?:W\/)?"?(\d+)"?$/.exec(header.trim());
    if (match?.[1]) {
      return Number(match[1]);
    }
  }
  if (bodyVersion !== undefined) {
    return bodyVersion;
  }
  throw preconditionRequired();
}

/** The ETag of a record at `version` (a strong, quoted validator), as If-Match sends it back. */
export function etag(version: number): string {
  return `"${version}"`;
}
