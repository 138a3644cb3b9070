import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  budgetsSchema,
  itemInputSchema,
  itemUpdateSchema,
} from '../../../domain/plans/plan-children-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS, withEtag } from './contract.js';
import { itemNodeSchema } from '../../../domain/plans/tree.js';
import { createItem, deleteItem, getItem, updateItem } from './item-service.js';

/** Project-set items of a draft version: added under their approach, edited with budgets and alignment. */
export function itemRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    const params = uuidParams;
    const deleted = responses({ 204: noContent }, { errors: PLAN_ERRORS.edit });

    app.post(
      '/plan-approaches/:id/items',
      {
        schema: {
          tags,
          summary: 'Add a project-set item / เพิ่มรายการชุดโครงการ',
          params,
          body: itemInputSchema,
          response: responses({ 201: itemNodeSchema }, { errors: PLAN_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createItem(deps, requireActor(request), request.params.id, request.body)),
    );

    app.get(
      '/plan-items/:id',
      {
        schema: {
          tags,
          summary: 'An item with its cluster-rule verdict / รายการชุดโครงการ',
          params,
          response: responses({ 200: itemNodeSchema }, { errors: PLAN_ERRORS.read }),
        },
      },
      (request) => getItem(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/plan-items/:id',
      {
        schema: {
          tags,
          summary: 'Edit a project-set item / แก้ไขรายการชุดโครงการ',
          params,
          body: itemUpdateSchema,
          response: responses({ 200: itemNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
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
      {
        schema: {
          tags,
          summary: 'Replace the yearly budget estimates / ประมาณการงบประมาณรายปี',
          params,
          body: budgetsSchema,
          response: responses({ 200: itemNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
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
      {
        schema: {
          tags,
          summary: "Replace the item's alignment / ความสอดคล้องของรายการ",
          params,
          body: alignmentLinksSchema,
          response: responses({ 200: itemNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
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
    app.delete(
      '/plan-items/:id',
      {
        schema: { tags, summary: 'Delete a project-set item / ลบรายการชุดโครงการ', params, response: deleted },
      },
      async (request, reply) => {
        await deleteItem(deps, requireActor(request), request.params.id, expectedVersion(request));
        return reply.status(204).send(null);
      },
    );
  };
}
