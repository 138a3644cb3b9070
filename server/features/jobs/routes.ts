import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobItemsQuery, jobItemsSchema, jobSchema } from '../../../domain/jobs/job.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getJob, listJobItems } from './service.js';

/** Progress and per-item reports of background jobs. */
export function jobRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['jobs'];
    app.get(
      '/jobs/:id',
      {
        schema: {
          tags,
          summary: 'Job progress / ความคืบหน้างาน',
          params: uuidParams,
          response: responses({ 200: jobSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getJob(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/jobs/:id/items',
      {
        schema: {
          tags,
          summary: 'Items a job reported on / รายการผลของงาน',
          params: uuidParams,
          querystring: jobItemsQuery,
          response: responses({ 200: jobItemsSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => listJobItems(deps, requireActor(request), request.params.id, request.query),
    );
  };
}
