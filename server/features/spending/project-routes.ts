import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  actualInputSchema,
  carryOverInputSchema,
  closeMonthInputSchema,
  defaultPlanInputSchema,
  fiscalYearQuery,
  planInputSchema,
  procurementInputSchema,
} from '../../../domain/spending/spending-input.js';
import { projectSpendingSchema } from '../../../domain/spending/spending-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { closeMonth, recordActual } from './actuals.js';
import { putDefaultPlan, putPlan } from './plans.js';
import { putCarryOver, putProcurement } from './procurement.js';
import { optionalVersion } from '../../platform/http/versions.js';
import { getProjectSpending } from './view.js';

/** Writes of a project's spending year (each answers the whole year again) and month closing. */
export function projectSpendingRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['spending'];
    const spending = responses(
      { 200: projectSpendingSchema },
      { errors: [400, 401, 403, 404, 409, 412, 428] },
    );
    app.post(
      '/spending/projects/:id/plan/default',
      {
        schema: {
          tags,
          summary: 'Lay the allocation on the target curve / สร้างแผนการใช้จ่ายตามเป้าหมาย',
          params: uuidParams,
          body: defaultPlanInputSchema,
          response: spending,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await putDefaultPlan(deps, actor, request.params.id, request.body);
        return getProjectSpending(deps, actor, request.params.id, request.body.fiscalYear);
      },
    );
    app.put(
      '/spending/projects/:id/plan',
      {
        schema: {
          tags,
          summary: 'Edit the monthly plan / แก้ไขแผนรายเดือน',
          params: uuidParams,
          body: planInputSchema,
          response: spending,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { version, ...input } = request.body;
        await putPlan(deps, actor, request.params.id, optionalVersion(request, version), input);
        return getProjectSpending(deps, actor, request.params.id, input.fiscalYear);
      },
    );
    app.put(
      '/spending/projects/:id/actuals',
      {
        schema: {
          tags,
          summary: 'Record a month’s commitment and disbursement / บันทึกผลการก่อหนี้และเบิกจ่ายรายเดือน',
          params: uuidParams,
          body: actualInputSchema,
          response: spending,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await recordActual(deps, actor, request.params.id, request.body);
        return getProjectSpending(deps, actor, request.params.id, request.body.fiscalYear);
      },
    );
    app.put(
      '/spending/projects/:id/procurement',
      {
        schema: {
          tags,
          summary: 'Procurement steps and contract / ขั้นตอนจัดซื้อจัดจ้างและสัญญา',
          params: uuidParams,
          querystring: fiscalYearQuery,
          body: procurementInputSchema,
          response: spending,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { version, ...input } = request.body;
        const { fiscalYear } = request.query;
        await putProcurement(
          deps,
          actor,
          request.params.id,
          fiscalYear,
          optionalVersion(request, version),
          input,
        );
        return getProjectSpending(deps, actor, request.params.id, fiscalYear);
      },
    );
    app.put(
      '/spending/projects/:id/carry-over',
      {
        schema: {
          tags,
          summary: 'Carry unpaid commitments into next year / กันเงินไว้เบิกเหลื่อมปี',
          params: uuidParams,
          body: carryOverInputSchema,
          response: spending,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await putCarryOver(deps, actor, request.params.id, request.body);
        return getProjectSpending(deps, actor, request.params.id, request.body.fromFiscalYear);
      },
    );
    app.post(
      '/spending/month-closures',
      {
        schema: {
          tags,
          summary: 'Close a reported month of a province / ปิดงวดรายงานประจำเดือน',
          body: closeMonthInputSchema,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        await closeMonth(deps, requireActor(request), request.body);
        return reply.status(204).send(null);
      },
    );
  };
}
