import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  notificationListQuery,
  notificationPageSchema,
  unreadCountSchema,
} from '../../../domain/notifications/notification.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { countUnread, listNotifications, markAllRead, markRead } from './service.js';

/** The bell: the newest notices of the user's provinces, the unread count, marking read. */
export function notificationRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['notifications'];
    app.get(
      '/notifications',
      {
        schema: {
          tags,
          summary: 'Newest notifications of your scope / การแจ้งเตือนล่าสุด',
          querystring: notificationListQuery,
          response: responses({ 200: notificationPageSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listNotifications(deps, requireActor(request), request.query),
    );
    app.get(
      '/notifications/unread-count',
      {
        schema: {
          tags,
          summary: 'Unread notifications / จำนวนการแจ้งเตือนที่ยังไม่อ่าน',
          response: responses({ 200: unreadCountSchema }, { errors: [401, 403] }),
        },
      },
      (request) => countUnread(deps, requireActor(request)),
    );
    app.post(
      '/notifications/read-all',
      {
        schema: {
          tags,
          summary: 'Mark every notification read / อ่านทั้งหมดแล้ว',
          response: responses({ 204: noContent }, { errors: [401, 403] }),
        },
      },
      async (request, reply) => {
        await markAllRead(deps, requireActor(request));
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/notifications/:id/read',
      {
        schema: {
          tags,
          summary: 'Mark a notification read / ทำเครื่องหมายว่าอ่านแล้ว',
          params: uuidParams,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        await markRead(deps, requireActor(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
}
