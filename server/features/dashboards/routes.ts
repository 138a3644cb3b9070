import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { homeQuery, homeSchema } from '../../../domain/dashboards/home.js';
import { overviewQuery, overviewSchema } from '../../../domain/dashboards/overview.js';
import { rulesFailingQuery, rulesFailingSchema } from '../../../domain/dashboards/rules-failing.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { overviewExport } from './export.js';
import { dashboardHome } from './home.js';
import { dashboardOverview } from './overview.js';
import { rulesFailingList } from './rules-failing.js';

/** The signed-in dashboards: a home per role and the drill-down from the nation to a district. */
export function dashboardRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['dashboards'];
    app.get(
      '/dashboards/home',
      {
        schema: {
          tags,
          summary: 'What waits for the signed-in user / งานที่รอผู้ใช้',
          querystring: homeQuery,
          response: responses({ 200: homeSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => dashboardHome(deps, requireActor(request), request.query),
    );
    app.get(
      '/dashboards/rules-failing',
      {
        schema: {
          tags,
          summary: 'Projects whose blocking budget rules fail / โครงการที่ไม่ผ่านเกณฑ์บังคับ',
          querystring: rulesFailingQuery,
          response: responses({ 200: compiledResponse(rulesFailingSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => rulesFailingList(deps, requireActor(request), request.query),
    );
    app.get(
      '/dashboards/overview',
      {
        schema: {
          tags,
          summary: 'One level of the drill-down with its children / ภาพรวมตามระดับพื้นที่',
          querystring: overviewQuery,
          response: responses({ 200: overviewSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => dashboardOverview(deps, requireActor(request), request.query),
    );
    app.get(
      '/dashboards/overview/export',
      {
        schema: listExportSchema(
          tags,
          'Export the drill-down table (xlsx) / ส่งออกตารางภาพรวม',
          overviewQuery,
        ),
      },
      (request, reply) =>
        sendListWorkbook(reply, 'overview.xlsx', overviewExport(deps, requireActor(request), request.query)),
    );
  };
}
