import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import { needFilterQuery } from '../../../domain/needs/need-query.js';
import { needAttachmentSchema } from '../../../domain/needs/need-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { fileResponse, MEDIA_TYPES, noContent, responses } from '../../platform/http/responses.js';
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
import { exportNeeds } from './export.js';
import { needImportTemplate, startNeedImport } from './import-service.js';
import { XLSX_TYPE } from './sheet.js';

const xlsxFile = fileResponse('Excel workbook / ไฟล์ Excel', XLSX_TYPE);

const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() });

/** Attachments, the import template, import jobs and the export. */
export function needFileRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['needs'];
    app.get(
      '/needs/import-template',
      {
        schema: {
          tags,
          summary: 'Needs import template (xlsx) / แม่แบบนำเข้าความต้องการ',
          response: responses({ 200: xlsxFile }, { errors: [401, 403] }),
        },
      },
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
      {
        schema: {
          tags,
          summary: 'Import needs (xlsx) as a job / นำเข้าความต้องการ',
          consumes: ['multipart/form-data'],
          response: responses({ 202: jobStartedSchema }, { errors: [400, 401, 403, 413, 415, 422] }),
        },
      },
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
          querystring: needFilterQuery,
          response: responses({ 200: xlsxFile }, { errors: [400, 401, 403, 404] }),
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
      {
        schema: {
          tags,
          summary: 'Attachments of a need / ไฟล์แนบ',
          params: uuidParams,
          response: responses({ 200: itemsSchema(needAttachmentSchema) }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => listAttachments(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/needs/:id/attachments',
      {
        schema: {
          tags,
          summary: 'Attach a file / แนบไฟล์',
          params: uuidParams,
          consumes: ['multipart/form-data'],
          response: responses({ 201: needAttachmentSchema }, { errors: [400, 401, 403, 404, 413, 415] }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const attachment = await attachFile(deps, actor, request.params.id, uploadReader(request));
        return reply.status(201).send(attachment);
      },
    );
    app.get(
      '/needs/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: 'Download an attachment / ดาวน์โหลดไฟล์แนบ',
          params: attachmentParams,
          response: responses(
            { 200: fileResponse('The attached file, as uploaded / ไฟล์แนบ', MEDIA_TYPES.octetStream) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
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
      {
        schema: {
          tags,
          summary: 'Remove an attachment / ลบไฟล์แนบ',
          params: attachmentParams,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        await deleteAttachment(deps, requireActor(request), request.params.id, request.params.attachmentId);
        return reply.status(204).send(null);
      },
    );
  };
}
