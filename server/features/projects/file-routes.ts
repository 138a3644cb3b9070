import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import { projectFilterQuery } from '../../../domain/projects/project-query.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { attachmentDisposition } from '../needs/public.js';
import { startProjectImport } from './import-job.js';
import { exportProjects } from './sheet-export.js';

const xlsxFile = fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx);

/** The Excel round trip of project lists: export, edit, re-import as a job. */
export function projectFileRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['projects'];
    app.get(
      '/projects/export',
      {
        schema: {
          tags,
          summary: 'Export projects (xlsx, re-importable) / ส่งออกรายการโครงการ',
          querystring: projectFilterQuery,
          response: responses({ 200: xlsxFile }, { errors: [400, 401, 403] }),
        },
      },
      async (request, reply) => {
        const workbook = await exportProjects(deps, requireActor(request), request.query);
        return reply
          .type(MEDIA_TYPES.xlsx)
          .header('content-disposition', attachmentDisposition('projects.xlsx'))
          .send(workbook);
      },
    );
    app.post(
      '/projects/imports',
      {
        schema: {
          tags,
          summary: 'Re-import an edited project list as a job / นำเข้ารายการโครงการที่แก้ไข',
          consumes: ['multipart/form-data'],
          response: responses({ 202: jobStartedSchema }, { errors: [400, 401, 403, 413, 415] }),
        },
      },
      async (request, reply) => {
        const job = await startProjectImport(deps, requireActor(request), request);
        return reply.status(202).send({ job });
      },
    );
  };
}
