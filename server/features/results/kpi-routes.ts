import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { kpiActualInputSchema, kpiResultsSchema } from '../../../domain/results/kpi-actuals.js';
import { kpiRollupQuery, kpiRollupSchema } from '../../../domain/results/kpi-rollup.js';
import {
  ORPHAN_KINDS,
  orphanCountsSchema,
  orphanListQuery,
  orphanListSchema,
  orphansQuery,
} from '../../../domain/results/orphans.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { requireActor } from '../../platform/http/context.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getKpiResults, putKpiActual } from './kpi-actuals.js';
import { kpiRollup } from './kpi-rollup.js';
import { orphanCounts } from './orphan-counts.js';
import { orphanList } from './orphans.js';
import { exportYearlyResults } from './yearly-export.js';
import { yearlyResultsPdf } from './yearly-pdf.js';

const kindParams = z.object({ kind: z.enum(ORPHAN_KINDS) });
const provinceParams = orphanListQuery.pick({ provinceCode: true });
const yearQuery = orphanListQuery.pick({ fiscalYear: true });

/**
 * Plan KPI actuals against the yearly targets, their roll-up per province, cluster and nation, and
 * the orphans report (the golden thread's loose ends).
 */
export function kpiResultRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['results'];
    app.get(
      '/results/kpi-rollup',
      {
        schema: {
          tags,
          summary: 'KPI achievement per province, cluster or nation / ผลสัมฤทธิ์ตัวชี้วัดรายจังหวัด กลุ่มจังหวัด ประเทศ',
          querystring: kpiRollupQuery,
          response: responses({ 200: kpiRollupSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => kpiRollup(deps, requireActor(request), request.query),
    );
    app.get(
      '/results/orphans',
      {
        schema: {
          tags,
          summary: 'Orphans report of a province, cluster or the nation / รายงานรายการที่ขาดความเชื่อมโยง',
          querystring: orphansQuery,
          response: responses({ 200: orphanCountsSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => orphanCounts(deps, requireActor(request), request.query),
    );
    app.get(
      '/results/orphans/:kind',
      {
        schema: {
          tags,
          summary: 'One list of the orphans report / รายการที่ขาดความเชื่อมโยงแต่ละประเภท',
          params: kindParams,
          querystring: orphanListQuery,
          response: responses({ 200: compiledResponse(orphanListSchema) }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => orphanList(deps, requireActor(request), request.params.kind, request.query),
    );
    app.get(
      '/results/provinces/:provinceCode/yearly-report',
      {
        schema: {
          tags,
          summary: 'A province’s yearly results (xlsx) / รายงานผลการดำเนินงานประจำปีของจังหวัด',
          params: provinceParams,
          querystring: yearQuery,
          response: responses(
            { 200: fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
            { errors: [400, 401, 403] },
          ),
        },
      },
      async (request, reply) => {
        const { provinceCode } = request.params;
        const { fiscalYear } = request.query;
        const workbook = await exportYearlyResults(deps, requireActor(request), provinceCode, fiscalYear);
        return reply
          .type(MEDIA_TYPES.xlsx)
          .header('content-disposition', contentDisposition(`results-${provinceCode}-${fiscalYear}.xlsx`))
          .send(workbook);
      },
    );
    app.get(
      '/results/provinces/:provinceCode/yearly-report/pdf',
      {
        schema: {
          tags,
          summary: 'A province’s yearly results (PDF) / รายงานผลการดำเนินงานประจำปีของจังหวัด (PDF)',
          params: provinceParams,
          querystring: yearQuery,
          response: responses(
            { 200: fileResponse('PDF document / เอกสาร PDF', MEDIA_TYPES.pdf) },
            { errors: [400, 401, 403] },
          ),
        },
      },
      async (request, reply) => {
        const { provinceCode } = request.params;
        const { fiscalYear } = request.query;
        const pdf = await yearlyResultsPdf(deps, requireActor(request), provinceCode, fiscalYear);
        return reply
          .type(MEDIA_TYPES.pdf)
          .header('content-disposition', contentDisposition(`results-${provinceCode}-${fiscalYear}.pdf`))
          .send(pdf);
      },
    );
    app.get(
      '/results/kpis/:id',
      {
        schema: {
          tags,
          summary: 'A plan KPI’s targets and actuals / ค่าเป้าหมายและผลของตัวชี้วัด',
          params: uuidParams,
          response: responses({ 200: kpiResultsSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request) => getKpiResults(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/results/kpis/:id/actuals',
      {
        schema: {
          tags,
          summary: 'Report a KPI value for a period / รายงานผลตัวชี้วัด',
          params: uuidParams,
          body: kpiActualInputSchema,
          response: responses({ 200: kpiResultsSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await putKpiActual(deps, actor, request.params.id, request.body);
        return getKpiResults(deps, actor, request.params.id);
      },
    );
  };
}
