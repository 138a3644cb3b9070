import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { startPhotoPreviews } from './photo-previews.js';

/** Starting the job that makes the previews older progress photos lack (administrators). */
export function previewRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/results/photo-previews',
      {
        schema: {
          tags: ['results'],
          summary: 'Make missing photo previews / สร้างภาพย่อของภาพถ่ายที่ยังไม่มี',
          response: responses({ 202: jobStartedSchema }, { errors: [401, 403] }),
        },
      },
      async (request, reply) => reply.status(202).send(await startPhotoPreviews(deps, requireActor(request))),
    );
  };
}
