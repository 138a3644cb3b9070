import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { PLAN_SCOPES } from '../../../domain/plans/plan.js';
import {
  approvalStepUpdateSchema,
  changeReasonSchema,
  planCreateSchema,
  planUpdateSchema,
  planVersionUpdateSchema,
  reorderSchema,
  reviewCreateSchema,
  transitionSchema,
} from '../../../domain/plans/plan-input.js';
import { issueInputSchema } from '../../../domain/plans/plan-children-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { pagingQuery } from '../../../domain/common/paging.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { childRoutes } from './child-routes.js';
import { kpiItemRoutes } from './item-routes.js';
import { createIssue } from './issue-service.js';
import { createReview, getVersionDiff, putChangeReason } from './review-service.js';
import { createPlan, getPlan, listPlans, listPlanVersions, updatePlan } from './service.js';
import { listApprovalSteps, transitionVersion, updateApprovalStep } from './transition-service.js';
import { versionChildRoutes } from './version-children-routes.js';
import { getVersionTree, reorderIssues, updatePlanVersion } from './version-service.js';
import { positiveInt4Query } from '../../../domain/common/integers.js';

/** The version a write was based on when one was sent; undefined when the client sent none. */
export function optionalVersion(request: FastifyRequest, bodyVersion?: number): number | undefined {
  return request.headers['if-match'] === undefined && bodyVersion === undefined
    ? undefined
    : expectedVersion(request, bodyVersion);
}

/** Development plans (แผนพัฒนาจังหวัด / กลุ่มจังหวัด): plans, versions, reviews and approval. */
export function planRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    app.get(
      '/plans',
      {
        schema: {
          tags,
          summary: 'List plans in scope / รายการแผนพัฒนา',
          querystring: z.object({
            scope: z.enum(PLAN_SCOPES).optional(),
            provinceCode: z
              .string()
              .regex(/^\d{2}$/)
              .optional(),
            clusterId: positiveInt4Query().optional(),
            ...pagingQuery,
          }),
        },
      },
      (request) => listPlans(deps, requireActor(request), request.query),
    );
    app.post(
      '/plans',
      { schema: { tags, summary: 'Create a plan with its draft original version', body: planCreateSchema } },
      async (request, reply) => {
        const created = await createPlan(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', `"${created.version}"`).send(created);
      },
    );
    app.get('/plans/:id', { schema: { tags, params: uuidParams } }, (request) =>
      getPlan(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/plans/:id',
      { schema: { tags, params: uuidParams, body: planUpdateSchema } },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const updated = await updatePlan(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', `"${updated.version}"`).send(updated);
      },
    );
    app.get(
      '/plans/:id/versions',
      { schema: { tags, summary: 'Every version, approved ones included', params: uuidParams } },
      (request) => listPlanVersions(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/plans/:id/reviews',
      {
        schema: {
          tags,
          summary: 'Start the review (ฉบับทบทวน) for a fiscal year',
          params: uuidParams,
          body: reviewCreateSchema,
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createReview(deps, requireActor(request), request.params.id, request.body.fiscalYear)),
    );
    app.get(
      '/plan-versions/:id/tree',
      { schema: { tags, summary: 'The whole version in one response', params: uuidParams } },
      (request) => getVersionTree(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/plan-versions/:id',
      {
        schema: {
          tags,
          summary: 'Edit vision, goal and development data',
          params: uuidParams,
          body: planVersionUpdateSchema,
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const updated = await updatePlanVersion(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', `"${updated.version}"`).send(updated);
      },
    );
    app.get(
      '/plan-versions/:id/diff',
      {
        schema: {
          tags,
          summary: 'Changes against another version (default: the base)',
          params: uuidParams,
          querystring: z.object({ against: z.uuid().optional() }),
        },
      },
      (request) => getVersionDiff(deps, requireActor(request), request.params.id, request.query.against),
    );
    app.put(
      '/plan-versions/:id/change-reasons',
      {
        schema: {
          tags,
          summary: 'Give the reason for one change of a review',
          params: uuidParams,
          body: changeReasonSchema,
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        return putChangeReason(
          deps,
          requireActor(request),
          request.params.id,
          optionalVersion(request, version),
          input,
        );
      },
    );
    app.post(
      '/plan-versions/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Take an approval step / ส่ง อนุมัติ หรือส่งกลับแก้ไข',
          params: uuidParams,
          body: transitionSchema,
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const result = await transitionVersion(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', `"${result.version.version}"`).send(result);
      },
    );
    app.post(
      '/plan-versions/:id/issues',
      { schema: { tags, summary: 'Add a development issue', params: uuidParams, body: issueInputSchema } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createIssue(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/plan-versions/:id/issues/reorder',
      {
        schema: {
          tags,
          summary: 'Order the issues (If-Match: the version)',
          params: uuidParams,
          body: reorderSchema,
        },
      },
      async (request) =>
        reorderIssues(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body.ids,
        ),
    );
    app.get(
      '/approval-steps',
      { schema: { tags, querystring: z.object({ scope: z.enum(PLAN_SCOPES).optional() }) } },
      (request) => listApprovalSteps(deps, requireActor(request), request.query.scope),
    );
    app.patch(
      '/approval-steps/:id',
      {
        schema: {
          tags,
          summary: 'Relabel a step or change its roles (administrators)',
          params: uuidParams,
          body: approvalStepUpdateSchema,
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        return updateApprovalStep(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
      },
    );
    await app.register(childRoutes(deps));
    await app.register(kpiItemRoutes(deps));
    await app.register(versionChildRoutes(deps));
  };
}
