import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { areaFiguresQuery } from '../../../domain/indicators/figures.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { exportAreaFigures } from './figures-export.js';

/** The figures table as a workbook, with the screen's indicator, year and parent area. */
export function indicatorExportRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/indicators/:id/areas/export',
      {
        schema: {
          tags: ['indicators'],
          summary: 'Figures of the areas under one area as Excel / ส่งออกค่าตัวชี้วัดรายพื้นที่ (Excel)',
          params: uuidParams,
          querystring: areaFiguresQuery,
          response: responses(
            { 200: fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const { fileName, workbook } = await exportAreaFigures(
          deps,
          requireActor(request),
          request.params.id,
          request.query,
        );
        return reply
          .type(MEDIA_TYPES.xlsx)
          .header('content-disposition', contentDisposition(fileName))
          .send(workbook);
      },
    );
  };
}
