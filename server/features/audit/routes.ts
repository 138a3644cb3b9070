import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { pagingQuery } from '../../../domain/common/paging.js';
import { listAuditEvents } from './service.js';

/** The audit trail per entity and per user. */
export function auditRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/audit',
      {
        schema: {
          tags: ['audit'],
          summary: 'Audit trail / ประวัติการแก้ไข',
          querystring: z.object({
            entityType: z.string().max(50).optional(),
            entityId: z.string().max(100).optional(),
            actorUserId: z.uuid().optional(),
            ...pagingQuery,
          }),
        },
      },
      (request) => listAuditEvents(deps, requireActor(request), request.query),
    );
  };
}
