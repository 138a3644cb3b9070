import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, auditListQuery } from '../../../domain/audit/audit.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { pageSchema } from '../../../domain/common/paging.js';
import { responses } from '../../platform/http/responses.js';
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
          querystring: auditListQuery,
          response: responses({ 200: pageSchema(auditEntrySchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listAuditEvents(deps, requireActor(request), request.query),
    );
  };
}
