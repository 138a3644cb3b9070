import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { uuidParams } from '../../platform/http/schemas.js';
import {
  attachFile,
  attachmentDisposition,
  deleteAttachment,
  downloadAttachment,
  listAttachments,
  uploadReader,
} from './attachments.js';
import { exportNeeds, needImportTemplate, startNeedImport } from './import-service.js';
import { needFilterQuery } from './queries.js';
import { XLSX_TYPE } from './sheet.js';

const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

/** Attachments, the import template, import jobs and the export. */
export function needFileRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['needs'];
    app.get(
      '/needs/import-template',
      { schema: { tags, summary: 'Needs import template (xlsx) / แม่แบบนำเข้าความต้องการ' } },
      async (request, reply) => {
        const workbook = await needImportTemplate(deps, requireActor(request));
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition('needs-template.xlsx'))
          .send(workbook);
      },
    );
    app.post(
      '/needs/imports',
      { schema: { tags, summary: 'Import needs (xlsx) as a job / นำเข้าความต้องการ' } },
      async (request, reply) => {
        const actor = requireActor(request);
        const job = await startNeedImport(deps, actor, uploadReader(request));
        return reply.status(202).send({ job });
      },
    );
    app.get(
      '/needs/export',
      {
        schema: {
          tags,
          summary: 'Export needs (xlsx, same columns as the template) / ส่งออกความต้องการ',
          querystring: z.object(needFilterQuery),
        },
      },
      async (request, reply) => {
        const workbook = await exportNeeds(deps, requireActor(request), request.query);
        return reply
          .type(XLSX_TYPE)
          .header('content-disposition', attachmentDisposition('needs.xlsx'))
          .send(workbook);
      },
    );
    app.get(
      '/needs/:id/attachments',
      { schema: { tags, summary: 'Attachments of a need / ไฟล์แนบ', params: uuidParams } },
      (request) => listAttachments(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/needs/:id/attachments',
      { schema: { tags, summary: 'Attach a file / แนบไฟล์', params: uuidParams } },
      async (request, reply) => {
        const actor = requireActor(request);
        const attachment = await attachFile(deps, actor, request.params.id, uploadReader(request));
        return reply.status(201).send(attachment);
      },
    );
    app.get(
      '/needs/:id/attachments/:attachmentId',
      { schema: { tags, summary: 'Download an attachment / ดาวน์โหลดไฟล์แนบ', params: attachmentParams } },
      async (request, reply) => {
        const file = await downloadAttachment(
          deps,
          requireActor(request),
          request.params.id,
          request.params.attachmentId,
        );
        return reply
          .type(file.mimeType)
          .header('content-disposition', attachmentDisposition(file.fileName))
          .send(file.content);
      },
    );
    app.delete(
      '/needs/:id/attachments/:attachmentId',
      { schema: { tags, summary: 'Remove an attachment / ลบไฟล์แนบ', params: attachmentParams } },
      async (request, reply) => {
        await deleteAttachment(deps, requireActor(request), request.params.id, request.params.attachmentId);
        return reply.status(204).send();
      },
    );
  };
}
