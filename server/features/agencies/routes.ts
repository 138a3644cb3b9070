import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  agencyExportQuery,
  agencyInputSchema,
  agencyListQuery,
  agencySchema,
  agencyUpdateSchema,
} from '../../../domain/agencies/agency.js';
import { pageSchema } from '../../../domain/common/paging.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { responses } from '../../platform/http/responses.js';
import { agencyListExport } from './export.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { createAgency, getAgency, listAgencies, updateAgency } from './service.js';

/** Agencies and units on areas. */
export function agencyRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['agencies'];
    app.get(
      '/agencies',
      {
        schema: {
          tags,
          summary: 'List agencies / รายชื่อหน่วยงาน',
          querystring: agencyListQuery,
          response: responses({ 200: pageSchema(agencySchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listAgencies(deps, requireActor(request), request.query),
    );
    app.get(
      '/agencies/export',
      { schema: listExportSchema(tags, 'Export agencies (xlsx) / ส่งออกรายชื่อหน่วยงาน', agencyExportQuery) },
      (request, reply) =>
        sendListWorkbook(
          reply,
          'agencies.xlsx',
          agencyListExport(deps, requireActor(request), request.query),
        ),
    );
    const oneAgency = responses({ 200: agencySchema }, { errors: [400, 401, 403, 404] });
    app.get('/agencies/:id', { schema: { tags, params: uuidParams, response: oneAgency } }, (request) =>
      getAgency(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/agencies',
      {
        schema: {
          tags,
          summary: 'Add an agency / เพิ่มหน่วยงาน',
          body: agencyInputSchema,
          response: responses({ 201: agencySchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createAgency(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.patch(
      '/agencies/:id',
      {
        schema: {
          tags,
          summary: 'Edit an agency / แก้ไขหน่วยงาน',
          params: uuidParams,
          body: agencyUpdateSchema,
          response: responses({ 200: agencySchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const updated = await updateAgency(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
  };
}
