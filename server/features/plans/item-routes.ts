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
import {
  versionedDeleteRoute,
  versionedWriteRoute,
  withoutVersion,
  OPERATION_ERRORS,
} from '../../platform/http/versioned-routes.js';
import { createItem, deleteItem, getItem, updateItem } from './item-service.js';

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
          response: responses({ 201: itemNodeSchema }, { errors: OPERATION_ERRORS.create }),
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
          response: responses({ 200: itemNodeSchema }, { errors: OPERATION_ERRORS.read }),
        },
      },
      (request) => getItem(deps, requireActor(request), request.params.id),
    );
    versionedWriteRoute(app, 'patch', {
      tags,
      path: '/plan-items/:id',
      summary: 'Edit a project-set item / แก้ไขรายการชุดโครงการ',
      body: itemUpdateSchema,
      saved: itemNodeSchema,
      save: (actor, id, version, body) => updateItem(deps, actor, id, version, withoutVersion(body)),
    });
    versionedWriteRoute(app, 'put', {
      tags,
      path: '/plan-items/:id/budgets',
      summary: 'Replace the yearly budget estimates / ประมาณการงบประมาณรายปี',
      body: budgetsSchema,
      saved: itemNodeSchema,
      save: (actor, id, version, body) => updateItem(deps, actor, id, version, { budgets: body.budgets }),
    });
    versionedWriteRoute(app, 'put', {
      tags,
      path: '/plan-items/:id/alignment',
      summary: "Replace the item's alignment / ความสอดคล้องของรายการ",
      body: alignmentLinksSchema,
      saved: itemNodeSchema,
      save: (actor, id, version, body) =>
        updateItem(deps, actor, id, version, { alignment: body.links }, 'links'),
    });
    versionedDeleteRoute(app, {
      path: '/plan-items/:id',
      summary: 'Delete a project-set item / ลบรายการชุดโครงการ',
      tags,
      remove: (actor, id, version) => deleteItem(deps, actor, id, version),
    });
  };
}
