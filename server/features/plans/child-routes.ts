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
import {
  versionedDeleteRoute,
  versionedWriteRoute,
  withoutVersion,
  OPERATION_ERRORS,
} from '../../platform/http/versioned-routes.js';
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

    versionedWriteRoute(app, 'patch', {
      tags,
      path: '/plan-issues/:id',
      summary: 'Edit an issue / แก้ไขประเด็นการพัฒนา',
      body: issueUpdateSchema,
      saved: issueNodeSchema,
      save: (actor, id, version, body) => updateIssue(deps, actor, id, version, withoutVersion(body)),
    });
    versionedWriteRoute(app, 'put', {
      tags,
      path: '/plan-issues/:id/alignment',
      summary: "Replace the issue's alignment / ความสอดคล้องของประเด็น",
      body: alignmentLinksSchema,
      saved: issueNodeSchema,
      save: (actor, id, version, body) => putIssueAlignment(deps, actor, id, version, body.links),
    });
    versionedDeleteRoute(app, {
      path: '/plan-issues/:id',
      summary: 'Delete an issue / ลบประเด็นการพัฒนา',
      tags,
      remove: (actor, id, version) => deleteIssue(deps, actor, id, version),
    });
    app.post(
      '/plan-issues/:id/objectives',
      {
        schema: {
          tags,
          summary: 'Add an objective / เพิ่มเป้าประสงค์',
          params,
          body: objectiveInputSchema,
          response: responses({ 201: objectiveNodeSchema }, { errors: OPERATION_ERRORS.create }),
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
          response: responses({ 201: approachNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createApproach(deps, requireActor(request), request.params.id, request.body)),
    );
    versionedWriteRoute(app, 'patch', {
      tags,
      path: '/plan-objectives/:id',
      summary: 'Edit an objective / แก้ไขเป้าประสงค์',
      body: objectiveUpdateSchema,
      saved: objectiveNodeSchema,
      save: (actor, id, version, body) => updateObjective(deps, actor, id, version, withoutVersion(body)),
    });
    versionedDeleteRoute(app, {
      path: '/plan-objectives/:id',
      summary: 'Delete an objective / ลบเป้าประสงค์',
      tags,
      remove: (actor, id, version) => deleteObjective(deps, actor, id, version),
    });
    versionedWriteRoute(app, 'patch', {
      tags,
      path: '/plan-approaches/:id',
      summary: 'Edit an approach / แก้ไขแนวทางการพัฒนา',
      body: approachUpdateSchema,
      saved: approachNodeSchema,
      save: (actor, id, version, body) => updateApproach(deps, actor, id, version, withoutVersion(body)),
    });
    versionedDeleteRoute(app, {
      path: '/plan-approaches/:id',
      summary: 'Delete an approach / ลบแนวทางการพัฒนา',
      tags,
      remove: (actor, id, version) => deleteApproach(deps, actor, id, version),
    });
  };
}
