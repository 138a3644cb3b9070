import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  inForceQuery,
  provisionInputSchema,
  regulationInputSchema,
  regulationExportQuery,
  regulationListQuery,
  regulationUpdateSchema,
  regulationVersionInputSchema,
} from '../../../domain/regulations/regulation-input.js';
import { regulationPageSchema, regulationSchema } from '../../../domain/regulations/responses.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { etag, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { versionedWriteRoute } from '../../platform/http/versioned-routes.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { regulationsExport } from './export.js';
import { listRegulations } from './list.js';
import {
  addProvision,
  addRegulationVersion,
  createRegulation,
  getRegulation,
  updateRegulation,
} from './service.js';

/** The regulations library: entries, their versions and provisions. */
export function regulationRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['regulations'];
    const writeErrors = { errors: [400, 401, 403, 404, 409] as const };
    app.get(
      '/regulations',
      {
        schema: {
          tags,
          summary: 'Search the regulations library / ค้นหาระเบียบ กฎหมาย และหนังสือสั่งการ',
          querystring: regulationListQuery,
          response: responses({ 200: compiledResponse(regulationPageSchema) }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => listRegulations(deps, requireActor(request), request.query),
    );
    app.get(
      '/regulations/export',
      {
        schema: listExportSchema(tags, 'Export the library (xlsx) / ส่งออกคลังระเบียบ', regulationExportQuery),
      },
      (request, reply) =>
        sendListWorkbook(
          reply,
          'regulations.xlsx',
          regulationsExport(deps, requireActor(request), request.query),
        ),
    );
    app.post(
      '/regulations',
      {
        schema: {
          tags,
          summary: 'Add a library entry / เพิ่มระเบียบหรือกฎหมาย',
          body: regulationInputSchema,
          response: responses({ 201: regulationSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request, reply) => {
        const entry = await createRegulation(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(entry.version)).send(entry);
      },
    );
    app.get(
      '/regulations/:id',
      {
        schema: {
          tags,
          summary: 'A library entry with versions and provisions / รายละเอียดระเบียบ',
          params: uuidParams,
          querystring: inForceQuery,
          response: responses({ 200: regulationSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        const entry = await getRegulation(deps, requireActor(request), request.params.id, request.query.on);
        return reply.header('etag', etag(entry.version)).send(entry);
      },
    );
    versionedWriteRoute(app, 'put', {
      path: '/regulations/:id',
      summary: 'Edit a library entry / แก้ไขระเบียบ',
      tags,
      body: regulationUpdateSchema,
      saved: regulationSchema,
      save: (actor, id, version, { version: _version, ...input }) =>
        updateRegulation(deps, actor, id, version, input),
    });
    app.post(
      '/regulations/:id/versions',
      {
        schema: {
          tags,
          summary: 'Add a version of the text in force from a date / เพิ่มฉบับที่มีผลตั้งแต่วันที่',
          params: uuidParams,
          body: regulationVersionInputSchema,
          response: responses({ 201: regulationSchema }, writeErrors),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addRegulationVersion(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/regulations/:id/provisions',
      {
        schema: {
          tags,
          summary: 'Add a provision (มาตรา/ข้อ) / เพิ่มบทบัญญัติ',
          params: uuidParams,
          body: provisionInputSchema,
          response: responses({ 201: regulationSchema }, writeErrors),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await addProvision(deps, requireActor(request), request.params.id, request.body)),
    );
  };
}
