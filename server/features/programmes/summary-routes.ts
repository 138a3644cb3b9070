import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { provinceQuery } from '../../../domain/programmes/programme-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { summaryReportPdf, summaryReportWorkbook } from './summary-report.js';

const FORMATS = [
  { path: 'pdf', media: MEDIA_TYPES.pdf, make: summaryReportPdf, label: 'PDF' },
  { path: 'xlsx', media: MEDIA_TYPES.xlsx, make: summaryReportWorkbook, label: 'Excel' },
] as const;

/** A programme's summary report, for a province or the reader's whole view, as PDF and as Excel. */
export function summaryRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    for (const format of FORMATS) {
      app.get(
        `/programmes/:id/summary.${format.path}`,
        {
          schema: {
            tags: ['programmes'],
            summary: `Programme summary report (${format.label}) / รายงานสรุปผลโครงการสำคัญ`,
            params: uuidParams,
            querystring: provinceQuery,
            response: responses(
              { 200: fileResponse(`${format.label} report / รายงาน`, format.media) },
              { errors: [400, 401, 403, 404] },
            ),
          },
        },
        async (request, reply) => {
          const file = await format.make(
            deps,
            requireActor(request),
            request.params.id,
            request.query.provinceCode,
          );
          return reply
            .type(format.media)
            .header('content-disposition', contentDisposition(file.fileName, 'attachment'))
            .send(file.content);
        },
      );
    }
  };
}
