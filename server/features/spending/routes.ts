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
import {
  projectSpendingSchema,
  summaryQuery,
  summarySchema,
  warningPageSchema,
  warningsQuery,
} from '../../../domain/spending/spending-response.js';
import {
  targetYearInputSchema,
  targetYearParams,
  targetYearSchema,
} from '../../../domain/spending/targets.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { etag, requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { closeMonth, recordActual } from './actuals.js';
import { putDefaultPlan, putPlan } from './plans.js';
import { putCarryOver, putProcurement } from './procurement.js';
import { spendingSummary } from './summary.js';
import { getTargetYear, putTargetYear } from './targets.js';
import { getProjectSpending } from './view.js';
import { listWarnings } from './warnings.js';
import { optionalVersion } from './versions.js';

/** Spending: targets, plans, monthly actuals, procurement, carry-over, warnings and summaries. */
export function spendingRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['spending'];
    const readErrors = { errors: [400, 401, 403, 404] as const };
    const writeErrors = { errors: [400, 401, 403, 404, 409, 412] as const };
    const spending = responses({ 200: projectSpendingSchema }, writeErrors);
    app.get(
      '/spending/targets/:fiscalYear',
      {
        schema: {
          tags,
          summary: 'Disbursement targets and deadlines of a year / เป้าหมายการเบิกจ่ายและกำหนดเวลา',
          params: targetYearParams,
          response: responses({ 200: targetYearSchema }, readErrors),
        },
      },
      async (request, reply) => {
        const year = await getTargetYear(deps, requireActor(request), request.params.fiscalYear);
        return reply.header('etag', etag(year.version)).send(year);
      },
    );
    app.put(
      '/spending/targets/:fiscalYear',
      {
        schema: {
          tags,
          summary: 'Replace a year’s targets (administrators) / กำหนดเป้าหมายการเบิกจ่ายของปี',
          params: targetYearParams,
          body: targetYearInputSchema,
          response: responses({ 200: targetYearSchema }, writeErrors),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const expected = optionalVersion(request, version);
        const year = await putTargetYear(
          deps,
          requireActor(request),
          request.params.fiscalYear,
          expected,
          input,
        );
        return reply.header('etag', etag(year.version)).send(year);
      },
    );
    app.get(
      '/spending/projects/:id',
      {
        schema: {
          tags,
          summary: 'A project’s spending year: plan, actuals, S-curve, status / การใช้จ่ายของโครงการ',
          params: uuidParams,
          querystring: fiscalYearQuery,
          response: responses({ 200: projectSpendingSchema }, readErrors),
        },
      },
      async (request) =>
        getProjectSpending(deps, requireActor(request), request.params.id, request.query.fiscalYear),
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
    app.get(
      '/spending/warnings',
      {
        schema: {
          tags,
          summary: 'Late and at-risk projects in your scope / โครงการล่าช้าและเสี่ยง',
          querystring: warningsQuery,
          response: responses({ 200: warningPageSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => listWarnings(deps, requireActor(request), request.query),
    );
    app.get(
      '/spending/summary',
      {
        schema: {
          tags,
          summary: 'Disbursed against target by month / สรุปผลการเบิกจ่ายเทียบเป้าหมาย',
          querystring: summaryQuery,
          response: responses({ 200: summarySchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => spendingSummary(deps, requireActor(request), request.query),
    );
  };
}
