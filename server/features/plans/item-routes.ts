import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  budgetsSchema,
  itemInputSchema,
  itemUpdateSchema,
  kpiUpdateSchema,
  targetsSchema,
} from '../../../domain/plans/plan-children-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { createItem, deleteItem, getItem, updateItem } from './item-service.js';
import { deleteKpi, updateKpi } from './kpi-service.js';

/** KPIs (targets, alignment) and project-set items (budgets, alignment) of a draft version. */
export function kpiItemRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
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
      '/plan-kpis/:id',
      { schema: { tags, params, body: kpiUpdateSchema } },
      async (request, reply) => {
        const { version, ...input } = request.body;
        return withEtag(
          reply,
          await updateKpi(
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
      '/plan-kpis/:id/targets',
      { schema: { tags, summary: 'Replace the target grid', params, body: targetsSchema } },
      async (request, reply) =>
        withEtag(
          reply,
          await updateKpi(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            { targets: request.body.targets },
          ),
        ),
    );
    app.put(
      '/plan-kpis/:id/alignment',
      { schema: { tags, params, body: alignmentLinksSchema } },
      async (request, reply) =>
        withEtag(
          reply,
          await updateKpi(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            { alignment: request.body.links },
            'links',
          ),
        ),
    );
    app.delete('/plan-kpis/:id', { schema: { tags, params } }, async (request, reply) => {
      await deleteKpi(deps, requireActor(request), request.params.id, expectedVersion(request));
      return reply.status(204).send();
    });

    app.post(
      '/plan-approaches/:id/items',
      { schema: { tags, summary: 'Add a project-set item', params, body: itemInputSchema } },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createItem(deps, requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/plan-items/:id',
      { schema: { tags, summary: 'An item with its cluster-rule verdict', params } },
      (request) => getItem(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/plan-items/:id',
      { schema: { tags, params, body: itemUpdateSchema } },
      async (request, reply) => {
        const { version, ...input } = request.body;
        return withEtag(
          reply,
          await updateItem(
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
      '/plan-items/:id/budgets',
      { schema: { tags, summary: 'Replace the yearly budget estimates', params, body: budgetsSchema } },
      async (request, reply) =>
        withEtag(
          reply,
          await updateItem(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            { budgets: request.body.budgets },
          ),
        ),
    );
    app.put(
      '/plan-items/:id/alignment',
      { schema: { tags, params, body: alignmentLinksSchema } },
      async (request, reply) =>
        withEtag(
          reply,
          await updateItem(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            { alignment: request.body.links },
            'links',
          ),
        ),
    );
    app.delete('/plan-items/:id', { schema: { tags, params } }, async (request, reply) => {
      await deleteItem(deps, requireActor(request), request.params.id, expectedVersion(request));
      return reply.status(204).send();
    });
  };
}
