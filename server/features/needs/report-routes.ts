import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { positiveInt4Query } from '../../../domain/common/integers.js';
import { itemsSchema } from '../../../domain/common/paging.js';
import { needDimensionInputSchema, needDimensionUpdateSchema } from '../../../domain/needs/need.js';
import { needDimensionListQuery, needMapQuery, needRollupQuery } from '../../../domain/needs/need-query.js';
import { needMapSchema, needRollupSchema } from '../../../domain/needs/need-reports.js';
import { needDimensionSchema } from '../../../domain/needs/need-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { responses } from '../../platform/http/responses.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { etag, expectedVersion, requireActor } from '../../platform/http/context.js';
import { createDimension, listDimensions, updateDimension } from './dimensions.js';
import { needMap, needRollups } from './reports.js';
import { needRollupExport } from './rollup-export.js';

/** Roll-ups, the map and the dimension list. */
export function needReportRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['needs'];
    app.get(
      '/needs/rollups',
      {
        schema: {
          tags,
          summary: 'Needs summed by area, dimension, origin or status / สรุปความต้องการ',
          querystring: needRollupQuery,
          response: responses({ 200: needRollupSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => needRollups(deps, requireActor(request), request.query),
    );
    app.get(
      '/needs/rollups/export',
      {
        schema: listExportSchema(
          tags,
          'Export the needs summary (xlsx) / ส่งออกสรุปความต้องการ',
          needRollupQuery,
        ),
      },
      (request, reply) =>
        sendListWorkbook(
          reply,
          'needs-summary.xlsx',
          needRollupExport(deps, requireActor(request), request.query),
        ),
    );
    app.get(
      '/needs/map',
      {
        schema: {
          tags,
          summary: 'Needs per subdistrict point and per province / แผนที่ความต้องการ',
          querystring: needMapQuery,
          response: responses({ 200: needMapSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => needMap(deps, requireActor(request), request.query),
    );
    app.get(
      '/need-dimensions',
      {
        schema: {
          tags,
          summary: 'Dimensions / มิติของความต้องการ',
          querystring: needDimensionListQuery,
          response: responses({ 200: itemsSchema(needDimensionSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) =>
        listDimensions(deps, requireActor(request), {
          includeInactive: request.query.includeInactive === 'true',
        }),
    );
    app.post(
      '/need-dimensions',
      {
        schema: {
          tags,
          summary: 'Add a dimension / เพิ่มมิติ',
          body: needDimensionInputSchema,
          response: responses({ 201: needDimensionSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createDimension(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.patch(
      '/need-dimensions/:id',
      {
        schema: {
          tags,
          summary: 'Rename or retire a dimension / แก้ไขมิติ',
          params: z.object({ id: positiveInt4Query() }),
          body: needDimensionUpdateSchema,
          response: responses({ 200: needDimensionSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
        },
      },
      async (request, reply) => {
        const updated = await updateDimension(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
  };
}
