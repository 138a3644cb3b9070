import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Public data changes when a province records something; five minutes of staleness is fine for readers. */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=600';

/** A strong ETag from the bytes of the body. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

function matches(header: string | undefined, etag: string): boolean {
  if (!header) {
    return false;
  }
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/** Sets a public body's ETag and caching headers; true when the client's If-None-Match already names it. */
function clientHas(request: FastifyRequest, reply: FastifyReply, body: string | Buffer): boolean {
  const etag = etagOf(body);
  reply.header('etag', etag).header('cache-control', PUBLIC_CACHE_CONTROL).header('vary', 'accept-encoding');
  return matches(request.headers['if-none-match'], etag);
}

/**
 * Sends a public body with its ETag and caching headers, or 304 without a body when the client's
 * If-None-Match already names it. Public answers carry no cookie-dependent content.
 */
export function sendCached(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string | Buffer,
  contentType: string,
): FastifyReply {
  return clientHas(request, reply, body) ? reply.code(304).send() : reply.type(contentType).send(body);
}

/**
 * The same for a reply its route's response schema serialises (a compiled list): an onSend hook, so
 * the ETag is taken from the bytes written.
 */
export async function cacheSerialised(
  request: FastifyRequest,
  reply: FastifyReply,
  payload: unknown,
): Promise<unknown> {
  if (reply.statusCode !== 200 || typeof payload !== 'string' || !clientHas(request, reply, payload)) {
    return payload;
  }
  reply.code(304).removeHeader('content-type');
  return null;
}
