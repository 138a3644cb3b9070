import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { responses } from '../../platform/http/responses.js';
import { startSpendingImport } from './import-service.js';

/** Monthly spending extracts (GFMIS-style) imported as a job. */
export function importRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/spending/imports',
      {
        schema: {
          tags: ['spending'],
          summary: 'Import a monthly spending extract (xlsx/CSV) as a job / นำเข้าผลการเบิกจ่ายรายเดือน',
          consumes: ['multipart/form-data'],
          response: responses({ 202: jobStartedSchema }, { errors: [400, 401, 403, 413, 415, 422] }),
        },
      },
      async (request, reply) => {
        const upload = () =>
          readSingleUpload(request, {
            th: 'กรุณาแนบไฟล์ในช่อง file',
            en: 'Attach the file in the "file" field',
          });
        const job = await startSpendingImport(deps, requireActor(request), upload);
        return reply.status(202).send({ job });
      },
    );
  };
}
