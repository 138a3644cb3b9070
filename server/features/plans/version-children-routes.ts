import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  approachInputSchema,
  itemInputSchema,
  kpiInputSchema,
  objectiveInputSchema,
} from '../../../domain/plans/plan-children-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { OPERATION_ERRORS } from '../../platform/http/versioned-routes.js';
import {
  approachNodeSchema,
  itemNodeSchema,
  kpiNodeSchema,
  objectiveNodeSchema,
} from '../../../domain/plans/tree.js';
import { createApproachIn, createItemIn, createKpiIn, createObjectiveIn } from './version-children.js';

/** Adding children through the version, naming the parent in the body (the same as adding under the parent). */
export function versionChildRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    const parent = { issueId: z.uuid(), objectiveId: z.uuid(), approachId: z.uuid() };
    app.post(
      '/plan-versions/:id/objectives',
      {
        schema: {
          tags,
          summary: 'Add an objective under body.issueId',
          params: uuidParams,
          body: objectiveInputSchema.extend({ issueId: parent.issueId }),
          response: responses({ 201: objectiveNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createObjectiveIn(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/plan-versions/:id/kpis',
      {
        schema: {
          tags,
          summary: 'Add a KPI under body.objectiveId',
          params: uuidParams,
          body: kpiInputSchema.extend({ objectiveId: parent.objectiveId }),
          response: responses({ 201: kpiNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createKpiIn(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/plan-versions/:id/approaches',
      {
        schema: {
          tags,
          summary: 'Add an approach under body.issueId',
          params: uuidParams,
          body: approachInputSchema.extend({ issueId: parent.issueId }),
          response: responses({ 201: approachNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createApproachIn(deps, requireActor(request), request.params.id, request.body)),
    );
    app.post(
      '/plan-versions/:id/items',
      {
        schema: {
          tags,
          summary: 'Add a project-set item under body.approachId',
          params: uuidParams,
          body: itemInputSchema.extend({ approachId: parent.approachId }),
          response: responses({ 201: itemNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createItemIn(deps, requireActor(request), request.params.id, request.body)),
    );
  };
}
