import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { areaCodeSchema } from '../../../domain/areas/area-code.js';
import { needDimensionInputSchema, needDimensionUpdateSchema } from '../../../domain/needs/need.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { createDimension, listDimensions, updateDimension } from './dimensions.js';
import { fiscalYearQuery } from './queries.js';
import { needMap, needRollups, ROLLUP_GROUPS, ROLLUP_LEVELS } from './reports.js';
import { positiveInt4Query } from '../../../domain/common/integers.js';

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
          querystring: z.object({
            groupBy: z.enum(ROLLUP_GROUPS),
            areaCode: areaCodeSchema.optional(),
            level: z.enum(ROLLUP_LEVELS).optional(),
            fiscalYear: fiscalYearQuery.optional(),
          }),
        },
      },
      (request) => needRollups(deps, requireActor(request), request.query),
    );
    app.get(
      '/needs/map',
      {
        schema: {
          tags,
          summary: 'Needs per subdistrict point and per province / แผนที่ความต้องการ',
          querystring: z.object({
            areaCode: z
              .string()
              .regex(/^\d{2}$/)
              .optional(),
            fiscalYear: fiscalYearQuery.optional(),
          }),
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
          querystring: z.object({ includeInactive: z.enum(['true', 'false']).optional() }),
        },
      },
      (request) =>
        listDimensions(deps, requireActor(request), {
          includeInactive: request.query.includeInactive === 'true',
        }),
    );
    app.post(
      '/need-dimensions',
      { schema: { tags, summary: 'Add a dimension / เพิ่มมิติ', body: needDimensionInputSchema } },
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
