import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  approachInputSchema,
  approachUpdateSchema,
  issueUpdateSchema,
  objectiveInputSchema,
  objectiveUpdateSchema,
} from '../../../domain/plans/plan-children-input.js';
import { approachNodeSchema, issueNodeSchema, objectiveNodeSchema } from '../../../domain/plans/tree.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS } from './contract.js';
import { deleteIssue, putIssueAlignment, updateIssue } from './issue-service.js';
import { nodeDeleteRoute, nodeWriteRoute, withoutVersion } from './node-routes.js';
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

    nodeWriteRoute(app, 'patch', {
      path: '/plan-issues/:id',
      summary: 'Edit an issue / แก้ไขประเด็นการพัฒนา',
      body: issueUpdateSchema,
      node: issueNodeSchema,
      save: (actor, id, version, body) => updateIssue(deps, actor, id, version, withoutVersion(body)),
    });
    nodeWriteRoute(app, 'put', {
      path: '/plan-issues/:id/alignment',
      summary: "Replace the issue's alignment / ความสอดคล้องของประเด็น",
      body: alignmentLinksSchema,
      node: issueNodeSchema,
      save: (actor, id, version, body) => putIssueAlignment(deps, actor, id, version, body.links),
    });
    nodeDeleteRoute(app, '/plan-issues/:id', 'Delete an issue / ลบประเด็นการพัฒนา', (actor, id, version) =>
      deleteIssue(deps, actor, id, version),
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
    nodeWriteRoute(app, 'patch', {
      path: '/plan-objectives/:id',
      summary: 'Edit an objective / แก้ไขเป้าประสงค์',
      body: objectiveUpdateSchema,
      node: objectiveNodeSchema,
      save: (actor, id, version, body) => updateObjective(deps, actor, id, version, withoutVersion(body)),
    });
    nodeDeleteRoute(app, '/plan-objectives/:id', 'Delete an objective / ลบเป้าประสงค์', (actor, id, version) =>
      deleteObjective(deps, actor, id, version),
    );
    nodeWriteRoute(app, 'patch', {
      path: '/plan-approaches/:id',
      summary: 'Edit an approach / แก้ไขแนวทางการพัฒนา',
      body: approachUpdateSchema,
      node: approachNodeSchema,
      save: (actor, id, version, body) => updateApproach(deps, actor, id, version, withoutVersion(body)),
    });
    nodeDeleteRoute(
      app,
      '/plan-approaches/:id',
      'Delete an approach / ลบแนวทางการพัฒนา',
      (actor, id, version) => deleteApproach(deps, actor, id, version),
    );
  };
}
