import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Database } from '../db/client.js';
import { AppError } from '../http/errors.js';
import { findSessionActor } from './actor-session.js';
import type { SessionPolicy } from './sessions.js';

export const SESSION_COOKIE = 'areaplan_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const csrfRejected = (): AppError =>
  new AppError({
    status: 403,
    code: 'csrf',
    message: {
      th: 'คำขอไม่มีโทเค็นป้องกันการปลอมแปลง (CSRF) ที่ถูกต้อง กรุณาโหลดหน้าใหม่',
      en: 'Missing or wrong CSRF token; reload the page',
    },
  });

/** Sets the session cookie with the flags a government app needs. */
export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  options: { secure: boolean; maxAgeSeconds: number },
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    maxAge: options.maxAgeSeconds,
  });
}

/**
 * Resolves the cookie to a session and an actor on every API request, and rejects cookie-authenticated
 * writes that do not echo the session's CSRF token.
 */
export function registerAuthentication(
  app: FastifyInstance,
  database: Database,
  policy: SessionPolicy,
): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) {
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    if (!token) {
      return;
    }
    const found = await findSessionActor(database.db, policy, token);
    if (!found) {
      return;
    }
    const { session, actor } = found;
    if (UNSAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== session.csrfToken) {
      throw csrfRejected();
    }
    request.session = session;
    request.actor = actor;
  });
}
