import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  actionPlanCreateSchema,
  actionPlanListQuery,
  boardOrderSchema,
  ceilingInputSchema,
  ceilingListQuery,
  entryChangeReasonSchema,
  entryCreateSchema,
  entryUpdateSchema,
  proposalSchema,
  revisionCreateSchema,
} from '../../../domain/action-plans/schemas.js';
import {
  actionPlanDetailSchema,
  actionPlanListSchema,
  actionPlanSummarySchema,
  actionPlanTransitionResultSchema,
  candidateListSchema,
  ceilingListSchema,
  ceilingSchema,
  revisionDiffSchema,
} from '../../../domain/action-plans/responses.js';
import { transitionSchema } from '../../../domain/approvals/schemas.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { etag, expectedVersion, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { optionalVersion } from '../../platform/http/versions.js';
import { OPERATION_ERRORS } from '../../platform/http/versioned-routes.js';
import { listCeilings, putCeiling } from './ceiling-service.js';
import { addEntry, removeEntry, reorderBoard, updateEntry } from './entry-service.js';
import { listCandidates, proposeProject } from './proposal-service.js';
import { createRevision, getRevisionDiff, putEntryChangeReason } from './revision-service.js';
import { createActionPlan, getActionPlan, listActionPlans } from './service.js';
import { transitionActionPlan } from './transition-service.js';

const ERRORS = OPERATION_ERRORS;
const tags = ['action plans'];
const params = uuidParams;

/** Annual action plans (แผนปฏิบัติราชการประจำปี): board, ranking, ceilings, approval and revisions. */
export function actionPlanRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const board = { 200: actionPlanDetailSchema };
    app.get(
      '/action-plans',
      {
        schema: {
          tags,
          summary: 'Action plans in view / แผนปฏิบัติราชการประจำปี',
          querystring: actionPlanListQuery,
          response: responses({ 200: actionPlanListSchema }, { errors: ERRORS.list }),
        },
      },
      (request) => listActionPlans(deps, requireActor(request), request.query),
    );
    app.post(
      '/action-plans',
      {
        schema: {
          tags,
          summary: 'Start the action plan of a budget unit for a year',
          body: actionPlanCreateSchema,
          response: responses({ 201: actionPlanSummarySchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createActionPlan(deps, requireActor(request), request.body)),
    );
    app.get(
      '/action-plans/:id',
      {
        schema: {
          tags,
          summary: 'The board: entries, totals against the ceiling, approval',
          params,
          response: responses(board, { errors: ERRORS.read }),
        },
      },
      async (request, reply) => {
        const detail = await getActionPlan(deps, requireActor(request), request.params.id);
        return reply.header('etag', etag(detail.plan.version)).send(detail);
      },
    );
    app.post(
      '/action-plans/:id/entries',
      {
        schema: {
          tags,
          summary: 'Put a project on the board / เพิ่มโครงการ',
          params,
          body: entryCreateSchema,
          response: responses({ 201: actionPlanDetailSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addEntry(deps, requireActor(request), request.params.id, request.body)),
    );
    app.put(
      '/action-plans/:id/order',
      {
        schema: {
          tags,
          summary: 'Save columns and priorities as dragged / จัดลำดับความสำคัญ',
          params,
          body: boardOrderSchema,
          response: responses(board, { errors: ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...order } = request.body;
        const detail = await reorderBoard(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          order,
        );
        return reply.header('etag', etag(detail.plan.version)).send(detail);
      },
    );
    app.patch(
      '/action-plan-entries/:id',
      {
        schema: {
          tags,
          summary: 'Change an entry’s amount or note',
          params,
          body: entryUpdateSchema,
          response: responses(board, { errors: ERRORS.edit }),
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        return updateEntry(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
      },
    );
    app.delete(
      '/action-plan-entries/:id',
      {
        schema: {
          tags,
          summary: 'Take a project off the board',
          params,
          response: responses(board, { errors: ERRORS.create }),
        },
      },
      (request) => removeEntry(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/action-plans/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Take an approval step / เสนอ อนุมัติ หรือส่งกลับ',
          params,
          body: transitionSchema,
          response: responses({ 200: actionPlanTransitionResultSchema }, { errors: ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const result = await transitionActionPlan(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', etag(result.plan.version)).send(result);
      },
    );
    app.post(
      '/action-plans/:id/revisions',
      {
        schema: {
          tags,
          summary: 'Start a revision (ปรับแผน) of the approved version',
          params,
          body: revisionCreateSchema,
          response: responses({ 201: actionPlanSummarySchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createRevision(deps, requireActor(request), request.params.id, request.body.reason)),
    );
    app.get(
      '/action-plans/:id/diff',
      {
        schema: {
          tags,
          summary: 'What the revision changed, with reasons',
          params,
          response: responses({ 200: revisionDiffSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      (request) => getRevisionDiff(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/action-plans/:id/change-reasons',
      {
        schema: {
          tags,
          summary: 'Give the reason for one change of a revision',
          params,
          body: entryChangeReasonSchema,
          response: responses({ 200: revisionDiffSchema }, { errors: ERRORS.create }),
        },
      },
      (request) => putEntryChangeReason(deps, requireActor(request), request.params.id, request.body),
    );
    app.get(
      '/action-plans/:id/candidates',
      {
        schema: {
          tags,
          summary: 'Projects of the unit and year not yet on the board',
          params,
          response: responses({ 200: candidateListSchema }, { errors: ERRORS.read }),
        },
      },
      (request) => listCandidates(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/action-plans/:id/proposals',
      {
        schema: {
          tags,
          summary: 'Propose a new project onto the board / เสนอโครงการใหม่',
          params,
          body: proposalSchema,
          response: responses({ 201: actionPlanDetailSchema }, { errors: ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await proposeProject(deps, requireActor(request), request.params.id, request.body)),
    );
    app.get(
      '/action-plan-ceilings',
      {
        schema: {
          tags,
          summary: 'Ceilings (กรอบวงเงิน) of a fiscal year',
          querystring: ceilingListQuery,
          response: responses({ 200: ceilingListSchema }, { errors: ERRORS.list }),
        },
      },
      (request) => listCeilings(deps, requireActor(request), request.query.fiscalYear),
    );
    app.put(
      '/action-plan-ceilings',
      {
        schema: {
          tags,
          summary: 'Set a budget unit’s ceiling for a year (the centre)',
          body: ceilingInputSchema,
          response: responses({ 200: ceilingSchema }, { errors: ERRORS.edit }),
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        return putCeiling(deps, requireActor(request), input, optionalVersion(request, version));
      },
    );
  };
}
