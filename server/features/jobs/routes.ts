import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getJob, listJobItems } from './service.js';

/** Progress and per-item reports of background jobs. */
export function jobRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['jobs'];
    app.get(
      '/jobs/:id',
      { schema: { tags, summary: 'Job progress / ความคืบหน้างาน', params: uuidParams } },
      (request) => getJob(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/jobs/:id/items',
      {
        schema: {
          tags,
          params: uuidParams,
          querystring: z.object({
            ok: z.enum(['true', 'false']).optional(),
            limit: z.coerce.number().int().min(1).max(5000).default(1000),
          }),
        },
      },
      (request) => listJobItems(deps, requireActor(request), request.params.id, request.query),
    );
  };
}
