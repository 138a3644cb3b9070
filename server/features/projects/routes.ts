import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  projectCreateSchema,
  projectFromItemSchema,
  projectUpdateSchema,
} from '../../../domain/projects/project-input.js';
import {
  projectFilterQuery,
  projectListQuery,
  projectTransitionSchema,
  similarProjectsQuery,
  similarReportQuery,
} from '../../../domain/projects/project-query.js';
import {
  projectListSchema,
  projectSchema,
  similarProjectsSchema,
  similarReportSchema,
} from '../../../domain/projects/project-response.js';
import { projectMapSchema } from '../../../domain/projects/project-map.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { etag, expectedVersion, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { evidenceRoutes } from './evidence-routes.js';
import { projectFileRoutes } from './file-routes.js';
import { createProjectFromItem } from './from-item.js';
import { listProjects } from './list.js';
import { projectMap } from './map.js';
import { createProject, getProject, updateProject } from './service.js';
import { similarProjectReport } from './similar-report.js';
import { findSimilarProjects } from './similar.js';
import { transitionProject, type TransitionGuardFor } from './transitions.js';

/** The project master record: list and search, create (also from a project-set item), edit, move. */
export function projectRoutes(deps: AppDependencies, guardFor: TransitionGuardFor): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['projects'];
    const writeResponses = <T extends z.ZodType>(schema: T) =>
      responses({ 200: schema }, { errors: [400, 401, 403, 404, 409, 412, 428] });
    app.get(
      '/projects',
      {
        schema: {
          tags,
          summary: 'List and search projects / รายการโครงการ',
          querystring: projectListQuery,
          response: responses({ 200: compiledResponse(projectListSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listProjects(deps, requireActor(request), request.query),
    );
    app.post(
      '/projects',
      {
        schema: {
          tags,
          summary: 'Create a project / สร้างโครงการ',
          body: projectCreateSchema,
          response: responses({ 201: projectSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createProject(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.post(
      '/plan-items/:id/projects',
      {
        schema: {
          tags,
          summary: 'Create a project from a project-set item / สร้างโครงการจากรายการชุดโครงการ',
          params: uuidParams,
          body: projectFromItemSchema,
          response: responses({ 201: projectSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createProjectFromItem(
          deps,
          requireActor(request),
          request.params.id,
          request.body,
        );
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.get(
      '/projects/similar',
      {
        schema: {
          tags,
          summary: 'Possible duplicates while typing / โครงการที่คล้ายกัน',
          querystring: similarProjectsQuery,
          response: responses({ 200: similarProjectsSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => findSimilarProjects(deps, requireActor(request), request.query),
    );
    app.get(
      '/projects/reports/similar',
      {
        schema: {
          tags,
          summary: 'Similar-project report (possible duplicate spending) / รายงานโครงการที่อาจซ้ำซ้อน',
          querystring: similarReportQuery,
          response: responses({ 200: compiledResponse(similarReportSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => similarProjectReport(deps, requireActor(request), request.query),
    );
    app.get(
      '/projects/map',
      {
        schema: {
          tags,
          summary: 'Projects on the map / แผนที่โครงการ',
          querystring: projectFilterQuery,
          response: responses({ 200: projectMapSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) => projectMap(deps, requireActor(request), request.query),
    );
    app.get(
      '/projects/:id',
      {
        schema: {
          tags,
          summary: 'One project / รายละเอียดโครงการ',
          params: uuidParams,
          response: responses({ 200: projectSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        const project = await getProject(deps, requireActor(request), request.params.id);
        return reply.header('etag', etag(project.version)).send(project);
      },
    );
    app.patch(
      '/projects/:id',
      {
        schema: {
          tags,
          summary: 'Edit a project / แก้ไขโครงการ',
          params: uuidParams,
          body: projectUpdateSchema,
          response: writeResponses(projectSchema),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const version = expectedVersion(request, request.body.version);
        const updated = await updateProject(deps, actor, request.params.id, version, request.body);
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
    app.post(
      '/projects/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Move a project through its lifecycle / เปลี่ยนสถานะโครงการ',
          params: uuidParams,
          body: projectTransitionSchema,
          response: writeResponses(projectSchema),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const version = expectedVersion(request, request.body.version);
        // The eligibility rules refuse "requested" while a blocking rule fails (budget feature's guard).
        const guard = guardFor(actor);
        const moved = await transitionProject(deps, actor, request.params.id, version, request.body, guard);
        return reply.header('etag', etag(moved.version)).send(moved);
      },
    );
    await app.register(evidenceRoutes(deps));
    await app.register(projectFileRoutes(deps));
  };
}
