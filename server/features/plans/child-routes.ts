import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  approachInputSchema,
  approachUpdateSchema,
  issueUpdateSchema,
  kpiInputSchema,
  objectiveInputSchema,
  objectiveUpdateSchema,
} from '../../../domain/plans/plan-children-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { deleteIssue, putIssueAlignment, updateIssue } from './issue-service.js';
import { createKpi } from './kpi-service.js';
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
    const withEtag = <T extends { version: number }>(
      reply: { header: (k: string, v: string) => unknown },
      value: T,
    ) => {
      reply.header('etag', `"${value.version}"`);
      return value;
    };

    app.patch(
      '/plan-issues/:id',
      { schema: { tags, params, body: issueUpdateSchema } },
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
      { schema: { tags, params, body: alignmentLinksSchema } },
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
    app.delete('/plan-issues/:id', { schema: { tags, params } }, async (request, reply) => {
      await deleteIssue(deps, requireActor(request), request.params.id, expectedVersion(request));
      return reply.status(204).send();
    });
    app.post(
      '/plan-issues/:id/objectives',
      { schema: { tags, summary: 'Add an objective', params, body: objectiveInputSchema } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createObjective(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/plan-issues/:id/approaches',
      { schema: { tags, summary: 'Add an approach', params, body: approachInputSchema } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createApproach(deps, requireActor(request), request.params.id, request.body)),
    );

    app.patch(
      '/plan-objectives/:id',
      { schema: { tags, params, body: objectiveUpdateSchema } },
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
    app.delete('/plan-objectives/:id', { schema: { tags, params } }, async (request, reply) => {
      await deleteObjective(deps, requireActor(request), request.params.id, expectedVersion(request));
      return reply.status(204).send();
    });
    app.post(
      '/plan-objectives/:id/kpis',
      { schema: { tags, summary: 'Add a KPI', params, body: kpiInputSchema } },
      async (request, reply) =>
        reply.status(201).send(await createKpi(deps, requireActor(request), request.params.id, request.body)),
    );

    app.patch(
      '/plan-approaches/:id',
      { schema: { tags, params, body: approachUpdateSchema } },
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
    app.delete('/plan-approaches/:id', { schema: { tags, params } }, async (request, reply) => {
      await deleteApproach(deps, requireActor(request), request.params.id, expectedVersion(request));
      return reply.status(204).send();
    });
  };
}
