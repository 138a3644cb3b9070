import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  budgetsSchema,
  itemInputSchema,
  itemUpdateSchema,
} from '../../../domain/plans/plan-children-input.js';
import { itemNodeSchema } from '../../../domain/plans/tree.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS } from './contract.js';
import { createItem, deleteItem, getItem, updateItem } from './item-service.js';
import { nodeDeleteRoute, nodeWriteRoute, withoutVersion } from './node-routes.js';

/** Project-set items of a draft version: added under their approach, edited with budgets and alignment. */
export function itemRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    app.post(
      '/plan-approaches/:id/items',
      {
        schema: {
          tags,
          summary: 'Add a project-set item / เพิ่มรายการชุดโครงการ',
          params: uuidParams,
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
          params: uuidParams,
          response: responses({ 200: itemNodeSchema }, { errors: PLAN_ERRORS.read }),
        },
      },
      (request) => getItem(deps, requireActor(request), request.params.id),
    );
    nodeWriteRoute(app, 'patch', {
      path: '/plan-items/:id',
      summary: 'Edit a project-set item / แก้ไขรายการชุดโครงการ',
      body: itemUpdateSchema,
      node: itemNodeSchema,
      save: (actor, id, version, body) => updateItem(deps, actor, id, version, withoutVersion(body)),
    });
    nodeWriteRoute(app, 'put', {
      path: '/plan-items/:id/budgets',
      summary: 'Replace the yearly budget estimates / ประมาณการงบประมาณรายปี',
      body: budgetsSchema,
      node: itemNodeSchema,
      save: (actor, id, version, body) => updateItem(deps, actor, id, version, { budgets: body.budgets }),
    });
    nodeWriteRoute(app, 'put', {
      path: '/plan-items/:id/alignment',
      summary: "Replace the item's alignment / ความสอดคล้องของรายการ",
      body: alignmentLinksSchema,
      node: itemNodeSchema,
      save: (actor, id, version, body) =>
        updateItem(deps, actor, id, version, { alignment: body.links }, 'links'),
    });
    nodeDeleteRoute(
      app,
      '/plan-items/:id',
      'Delete a project-set item / ลบรายการชุดโครงการ',
      (actor, id, version) => deleteItem(deps, actor, id, version),
    );
  };
}
