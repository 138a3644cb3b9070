import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import { latestPhotoPreviewJobSchema } from '../../../domain/results/photo-previews.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { latestPhotoPreviewJob, startPhotoPreviews } from './photo-preview-jobs.js';

/** Starting the job that makes the previews older photos lack, and its latest run (administrators). */
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
    app.get(
      '/results/photo-previews/latest',
      {
        schema: {
          tags: ['results'],
          summary: 'The latest photo preview job / งานสร้างภาพย่อครั้งล่าสุด',
          response: responses({ 200: latestPhotoPreviewJobSchema }, { errors: [401, 403] }),
        },
      },
      (request) => latestPhotoPreviewJob(deps, requireActor(request)),
    );
  };
}
