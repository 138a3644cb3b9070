import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { forecastErrorQuery, forecastErrorSchema } from '../../../domain/spending/forecast-backtest.js';
import { monthlyReportQuery } from '../../../domain/spending/monthly-report.js';
import { rankingQuery, rankingSchema } from '../../../domain/spending/ranking.js';
import { warningsQuery } from '../../../domain/spending/spending-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { rankingExport, warningsExport } from './exports.js';
import { forecastError } from './forecast-error.js';
import { monthlyReportPdf } from './monthly-report.js';
import { spendingRanking } from './rankings.js';

const warningsExportQuery = warningsQuery.omit({ limit: true, cursor: true });

/** The spending dashboard's rankings and the Excel exports of its tables. */
export function spendingDashboardRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['spending'];
    app.get(
      '/spending/rankings',
      {
        schema: {
          tags,
          summary: 'Provinces or clusters ranked against the target / อันดับผลการเบิกจ่ายเทียบเป้าหมาย',
          querystring: rankingQuery,
          response: responses({ 200: rankingSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => spendingRanking(deps, requireActor(request), request.query),
    );
    app.get(
      '/spending/rankings/export',
      { schema: listExportSchema(tags, 'Export the ranking (xlsx) / ส่งออกอันดับการเบิกจ่าย', rankingQuery) },
      (request, reply) =>
        sendListWorkbook(
          reply,
          'spending-ranking.xlsx',
          rankingExport(deps, requireActor(request), request.query),
        ),
    );
    app.get(
      '/spending/warnings/export',
      {
        schema: listExportSchema(
          tags,
          'Export late and at-risk projects (xlsx) / ส่งออกโครงการที่ต้องเร่งรัด',
          warningsExportQuery,
        ),
      },
      (request, reply) =>
        sendListWorkbook(
          reply,
          'spending-warnings.xlsx',
          warningsExport(deps, requireActor(request), request.query),
        ),
    );
    app.get(
      '/spending/reports/monthly',
      {
        schema: {
          tags,
          summary: 'A province’s monthly spending report (PDF) / รายงานผลการเบิกจ่ายประจำเดือน',
          querystring: monthlyReportQuery,
          response: responses(
            { 200: fileResponse('PDF report / รายงาน PDF', MEDIA_TYPES.pdf) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const { fiscalYear, provinceCode } = request.query;
        const pdf = await monthlyReportPdf(deps, requireActor(request), { fiscalYear, provinceCode });
        return reply
          .type(MEDIA_TYPES.pdf)
          .header('content-disposition', `attachment; filename="spending-${provinceCode}-${fiscalYear}.pdf"`)
          .send(pdf);
      },
    );
    app.get(
      '/spending/forecast-error',
      {
        schema: {
          tags,
          summary: 'Year-end forecast error on a year’s history (MAPE) / ความคลาดเคลื่อนของการคาดการณ์',
          querystring: forecastErrorQuery,
          response: responses({ 200: forecastErrorSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => forecastError(deps, requireActor(request), request.query.fiscalYear),
    );
  };
}
