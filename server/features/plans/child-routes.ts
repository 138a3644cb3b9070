import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  approachInputSchema,
  approachUpdateSchema,
  issueUpdateSchema,
  objectiveInputSchema,
  objectiveUpdateSchema,
} from '../../../domain/plans/plan-children-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS, withEtag } from './contract.js';
import { approachNodeSchema, issueNodeSchema, objectiveNodeSchema } from '../../../domain/plans/tree.js';
import { deleteIssue, putIssueAlignment, updateIssue } from './issue-service.js';
import {
  createApproach,
  createObjective,
  deleteApproach,
  deleteObjective,
  updateApproach,
  updateObjective,
} from './structure-service.js';

/** Issues, objectives and approaches of a draft version; children are added under their parent. */
export function childRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    const params = uuidParams;
    const deleted = responses({ 204: noContent }, { errors: PLAN_ERRORS.edit });

    app.patch(
      '/plan-issues/:id',
      {
        schema: {
          tags,
          summary: 'Edit an issue / แก้ไขประเด็นการพัฒนา',
          params,
          body: issueUpdateSchema,
          response: responses({ 200: issueNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        return withEtag(
          reply,
          await updateIssue(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, version),
            input,
          ),
        );
      },
    );
    app.put(
      '/plan-issues/:id/alignment',
      {
        schema: {
          tags,
          summary: "Replace the issue's alignment / ความสอดคล้องของประเด็น",
          params,
          body: alignmentLinksSchema,
          response: responses({ 200: issueNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) =>
        withEtag(
          reply,
          await putIssueAlignment(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            request.body.links,
          ),
        ),
    );
    app.delete(
      '/plan-issues/:id',
      { schema: { tags, summary: 'Delete an issue / ลบประเด็นการพัฒนา', params, response: deleted } },
      async (request, reply) => {
        await deleteIssue(deps, requireActor(request), request.params.id, expectedVersion(request));
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/plan-issues/:id/objectives',
      {
        schema: {
          tags,
          summary: 'Add an objective / เพิ่มเป้าประสงค์',
          params,
          body: objectiveInputSchema,
          response: responses({ 201: objectiveNodeSchema }, { errors: PLAN_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createObjective(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/plan-issues/:id/approaches',
      {
        schema: {
          tags,
          summary: 'Add an approach / เพิ่มแนวทางการพัฒนา',
          params,
          body: approachInputSchema,
          response: responses({ 201: approachNodeSchema }, { errors: PLAN_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createApproach(deps, requireActor(request), request.params.id, request.body)),
    );

    app.patch(
      '/plan-objectives/:id',
      {
        schema: {
          tags,
          summary: 'Edit an objective / แก้ไขเป้าประสงค์',
          params,
          body: objectiveUpdateSchema,
          response: responses({ 200: objectiveNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        return withEtag(
          reply,
          await updateObjective(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, version),
            input,
          ),
        );
      },
    );
    app.delete(
      '/plan-objectives/:id',
      { schema: { tags, summary: 'Delete an objective / ลบเป้าประสงค์', params, response: deleted } },
      async (request, reply) => {
        await deleteObjective(deps, requireActor(request), request.params.id, expectedVersion(request));
        return reply.status(204).send(null);
      },
    );
    app.patch(
      '/plan-approaches/:id',
      {
        schema: {
          tags,
          summary: 'Edit an approach / แก้ไขแนวทางการพัฒนา',
          params,
          body: approachUpdateSchema,
          response: responses({ 200: approachNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        return withEtag(
          reply,
          await updateApproach(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, version),
            input,
          ),
        );
      },
    );
    app.delete(
      '/plan-approaches/:id',
      { schema: { tags, summary: 'Delete an approach / ลบแนวทางการพัฒนา', params, response: deleted } },
      async (request, reply) => {
        await deleteApproach(deps, requireActor(request), request.params.id, expectedVersion(request));
        return reply.status(204).send(null);
      },
    );
  };
}
