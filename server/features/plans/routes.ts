import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { issueInputSchema } from '../../../domain/plans/plan-children-input.js';
import {
  planCreateSchema,
  planUpdateSchema,
  planVersionUpdateSchema,
  reorderSchema,
} from '../../../domain/plans/plan-input.js';
import { planListQuery } from '../../../domain/plans/plan-query.js';
import {
  issueOrderSchema,
  planDetailSchema,
  planPageSchema,
  versionListSchema,
  versionTreeSchema,
} from '../../../domain/plans/responses.js';
import { issueNodeSchema, planSummarySchema, planVersionFieldsSchema } from '../../../domain/plans/tree.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { approvalRoutes } from './approval-routes.js';
import { childRoutes } from './child-routes.js';
import { OPERATION_ERRORS, withEtag } from '../../platform/http/versioned-routes.js';
import { itemRoutes } from './item-routes.js';
import { kpiRoutes } from './kpi-routes.js';
import { createIssue } from './issue-service.js';
import { createPlan, getPlan, listPlans, listPlanVersions, updatePlan } from './service.js';
import { versionChildRoutes } from './version-children-routes.js';
import { getVersionTree, reorderIssues, updatePlanVersion } from './version-service.js';

/** Development plans (แผนพัฒนาจังหวัด / กลุ่มจังหวัด): plans, versions and their issues; approval in approval-routes.ts. */
export function planRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    const params = uuidParams;
    app.get(
      '/plans',
      {
        schema: {
          tags,
          summary: 'List plans in scope / รายการแผนพัฒนา',
          querystring: planListQuery,
          response: responses({ 200: planPageSchema }, { errors: OPERATION_ERRORS.list }),
        },
      },
      (request) => listPlans(deps, requireActor(request), request.query),
    );
    app.post(
      '/plans',
      {
        schema: {
          tags,
          summary: 'Create a plan with its draft original version / สร้างแผนพัฒนา',
          body: planCreateSchema,
          response: responses({ 201: planDetailSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createPlan(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.get(
      '/plans/:id',
      {
        schema: {
          tags,
          summary: 'A plan with every version / แผนพัฒนาและทุกฉบับ',
          params,
          response: responses({ 200: planDetailSchema }, { errors: OPERATION_ERRORS.read }),
        },
      },
      (request) => getPlan(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/plans/:id',
      {
        schema: {
          tags,
          summary: 'Rename a plan / แก้ไขชื่อแผน',
          params,
          body: planUpdateSchema,
          response: responses({ 200: planSummarySchema }, { errors: OPERATION_ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const updated = await updatePlan(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return withEtag(reply, updated);
      },
    );
    app.get(
      '/plans/:id/versions',
      {
        schema: {
          tags,
          summary: 'Every version, approved ones included / ทุกฉบับของแผน',
          params,
          response: responses({ 200: versionListSchema }, { errors: OPERATION_ERRORS.read }),
        },
      },
      (request) => listPlanVersions(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/plan-versions/:id/tree',
      {
        schema: {
          tags,
          summary: 'The whole version in one response / แผนทั้งฉบับ',
          params,
          response: responses({ 200: versionTreeSchema }, { errors: OPERATION_ERRORS.read }),
        },
      },
      (request) => getVersionTree(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/plan-versions/:id',
      {
        schema: {
          tags,
          summary: 'Edit vision, goal and development data / แก้ไขวิสัยทัศน์และข้อมูลการพัฒนา',
          params,
          body: planVersionUpdateSchema,
          response: responses({ 200: planVersionFieldsSchema }, { errors: OPERATION_ERRORS.edit }),
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
        return withEtag(reply, updated);
      },
    );
    app.post(
      '/plan-versions/:id/issues',
      {
        schema: {
          tags,
          summary: 'Add a development issue / เพิ่มประเด็นการพัฒนา',
          params,
          body: issueInputSchema,
          response: responses({ 201: issueNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
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
          summary: 'Order the issues (If-Match: the version) / เรียงลำดับประเด็นการพัฒนา',
          params,
          body: reorderSchema,
          response: responses({ 200: issueOrderSchema }, { errors: OPERATION_ERRORS.edit }),
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
    await app.register(approvalRoutes(deps));
    await app.register(childRoutes(deps));
    await app.register(kpiRoutes(deps));
    await app.register(itemRoutes(deps));
    await app.register(versionChildRoutes(deps));
  };
}
