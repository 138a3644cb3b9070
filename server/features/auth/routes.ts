import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { loginSchema, sessionSchema } from '../../../domain/auth/session.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { SESSION_COOKIE, setSessionCookie } from '../../platform/auth/plugin.js';
import { revokeSession } from '../../platform/auth/sessions.js';
import { requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { unlockUser } from './lockout.js';
import { getCurrentUser, signIn } from './service.js';

/** Sign-in, sign-out and the current user. */
export function authRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/auth/login',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign in / เข้าสู่ระบบ',
          body: loginSchema,
          response: responses({ 200: sessionSchema }, { errors: [400, 401, 429] }),
        },
        config: { rateLimit: { max: deps.config.loginRateLimitPerMinute, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const result = await signIn(deps, {
          ...request.body,
          ipAddress: request.ip,
          userAgent: request.headers['user-agent'],
        });
        setSessionCookie(reply, result.token, {
          secure: deps.config.secureCookies,
          maxAgeSeconds: deps.config.sessionAbsoluteHours * 3600,
        });
        return { user: result.user, csrfToken: result.csrfToken };
      },
    );

    app.post(
      '/auth/logout',
      {
        schema: {
          tags: ['auth'],
          summary: 'Sign out / ออกจากระบบ',
          response: responses({ 204: noContent }, { errors: [403] }),
        },
      },
      async (request, reply) => {
        if (request.session) {
          await revokeSession(deps.database.db, request.session.tokenHash);
        }
        void reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/auth/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'Current user / ผู้ใช้ปัจจุบัน',
          response: responses({ 200: sessionSchema }, { errors: [401] }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        return { user: await getCurrentUser(deps, actor), csrfToken: request.session?.csrfToken ?? '' };
      },
    );

    app.post(
      '/users/:id/unlock',
      {
        schema: {
          tags: ['users'],
          summary: 'Lift a sign-in lockout / ปลดล็อกบัญชีที่ถูกระงับ',
          params: uuidParams,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        await unlockUser(deps, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
