import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fiscalYearQuery } from '../../../domain/spending/spending-input.js';
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
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { etag, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { spendingSummary } from './summary.js';
import { getTargetYear, putTargetYear } from './targets.js';
import { getProjectSpending } from './view.js';
import { listWarnings } from './warnings.js';
import { optionalVersion } from '../../platform/http/versions.js';

/** Spending reads and targets: a project's year, warnings, summaries; targets per year. */
export function spendingRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['spending'];
    const readErrors = { errors: [400, 401, 403, 404] as const };
    const writeErrors = { errors: [400, 401, 403, 404, 409, 412, 428] as const };
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
    app.get(
      '/spending/warnings',
      {
        schema: {
          tags,
          summary: 'Late and at-risk projects in your scope / โครงการล่าช้าและเสี่ยง',
          querystring: warningsQuery,
          response: responses({ 200: compiledResponse(warningPageSchema) }, { errors: [400, 401, 403] }),
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
