import type { SQL } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, auditExportQuery, auditListQuery } from '../../../domain/audit/audit.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { pageSchema } from '../../../domain/common/paging.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { responses } from '../../platform/http/responses.js';
import { auditListExport } from './export.js';
import { listAuditEvents } from './service.js';

/** The audit trail per entity and per user. */
export function auditRoutes(deps: AppDependencies, entityLabel: SQL<string | null>): FastifyPluginAsyncZod {
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
      (request) => listAuditEvents(deps, entityLabel, requireActor(request), request.query),
    );
    app.get(
      '/audit/export',
      {
        schema: listExportSchema(
          ['audit'],
          'Export the audit trail (xlsx) / ส่งออกประวัติการแก้ไข',
          auditExportQuery,
        ),
      },
      (request, reply) =>
        sendListWorkbook(
          reply,
          'audit.xlsx',
          auditListExport(deps, entityLabel, requireActor(request), request.query),
        ),
    );
  };
}
