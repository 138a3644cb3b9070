import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  projectStagesSchema,
  stageListQuery,
  stageListSchema,
  stageSummaryQuery,
  stageSummarySchema,
} from '../../../domain/budget/stage-responses.js';
import { multiYearApprovalInputSchema, multiYearApprovalSchema } from '../../../domain/budget/multi-year.js';
import { stageParams, stageRecordSchema } from '../../../domain/budget/stages.js';
import { ruleResultsSchema } from '../../../domain/projects/rules/rule-results.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getActionPlanRuleResults } from './action-plan-rules.js';
import { recordMultiYearApproval } from './multi-year-service.js';
import { getProjectRuleResults } from './rule-results.js';
import { listStages } from './stage-list.js';
import { getProjectStages, recordStage } from './stage-service.js';
import { stageSummary } from './stage-summary.js';

/** A first recording has no version yet; a correction must name the one it read (If-Match or body). */
function versionIfNamed(request: FastifyRequest, bodyVersion: number | undefined): number | undefined {
  const named = request.headers['if-match'] !== undefined || bodyVersion !== undefined;
  return named ? expectedVersion(request, bodyVersion) : undefined;
}

/** A project's rule results and budget stages, the stage list and the stage summaries. */
export function budgetRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['budget'];
    app.get(
      '/projects/:id/rule-results',
      {
        schema: {
          tags,
          summary: 'Eligibility rule results of a project / ผลการตรวจเกณฑ์ของโครงการ',
          params: uuidParams,
          response: responses({ 200: ruleResultsSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getProjectRuleResults(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/action-plans/:id/rule-results',
      {
        schema: {
          tags,
          summary: 'Eligibility rule results of an action plan / ผลการตรวจเกณฑ์ของแผนปฏิบัติราชการ',
          params: uuidParams,
          response: responses({ 200: ruleResultsSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getActionPlanRuleResults(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/projects/:id/budget-stages',
      {
        schema: {
          tags,
          summary: 'A project’s budget by stage / วงเงินของโครงการตามขั้นตอน',
          params: uuidParams,
          response: responses({ 200: projectStagesSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getProjectStages(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/projects/:id/budget-stages/:stage',
      {
        schema: {
          tags,
          summary: 'Record a stage amount / บันทึกวงเงินตามขั้นตอน',
          params: stageParams,
          body: stageRecordSchema,
          response: responses({ 200: projectStagesSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
        },
      },
      (request) => {
        const { version, ...input } = request.body;
        const expected = versionIfNamed(request, version);
        return recordStage(
          deps,
          requireActor(request),
          request.params.id,
          request.params.stage,
          expected,
          input,
        );
      },
    );
    app.put(
      '/projects/:id/multi-year-approval',
      {
        schema: {
          tags,
          summary: 'Record the approved full amount of a multi-year commitment / บันทึกการอนุมัติผูกพันข้ามปี',
          params: uuidParams,
          body: multiYearApprovalInputSchema,
          response: responses({ 200: multiYearApprovalSchema }, { errors: [400, 401, 403, 404, 412, 428] }),
        },
      },
      (request) => {
        const { version, ...input } = request.body;
        const expected = versionIfNamed(request, version);
        return recordMultiYearApproval(deps, requireActor(request), request.params.id, expected, input);
      },
    );
    app.get(
      '/budget-stages',
      {
        schema: {
          tags,
          summary: 'Projects of a year with their stage amounts / รายการวงเงินตามขั้นตอน',
          querystring: stageListQuery,
          response: responses({ 200: compiledResponse(stageListSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listStages(deps, requireActor(request), request.query),
    );
    app.get(
      '/budget-summaries',
      {
        schema: {
          tags,
          summary: 'Budget by stage, grouped / สรุปงบประมาณตามขั้นตอน',
          querystring: stageSummaryQuery,
          response: responses({ 200: stageSummarySchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => stageSummary(deps, requireActor(request), request.query),
    );
  };
}
