import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meetingSchema } from '../../../domain/committees/responses.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams as params } from '../../platform/http/schemas.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { OPERATION_ERRORS as ERRORS } from '../../platform/http/versioned-routes.js';
import { COMMITTEE_TAGS as tags } from './committee-routes.js';
import { loadMinutes, minutesHtml } from './minutes.js';
import { minutesDocx } from './minutes-docx.js';
import { renderPdf } from '../../platform/pdf/render.js';
import { downloadSignedMinutes, uploadSignedMinutes } from './signed-minutes.js';
import { sendAttachment } from '../../platform/http/file-reply.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The minutes of a meeting: generated as PDF and .docx from one outline, and the signed scan kept. */
export function minutesRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/meetings/:id/minutes.pdf',
      {
        schema: {
          tags,
          summary: 'The minutes (รายงานการประชุม) as PDF in official Thai layout',
          params,
          response: responses(
            { 200: fileResponse('The minutes / รายงานการประชุม', MEDIA_TYPES.pdf) },
            { errors: ERRORS.read },
          ),
        },
      },
      async (request, reply) => {
        const { outline, stem } = await loadMinutes(deps, requireActor(request), request.params.id);
        const content = await renderPdf(minutesHtml(outline), { pageNumbers: 'thai' });
        return reply
          .type(MEDIA_TYPES.pdf)
          .header('content-disposition', contentDisposition(`${stem}.pdf`))
          .send(content);
      },
    );
    app.get(
      '/meetings/:id/minutes.docx',
      {
        schema: {
          tags,
          summary: 'The same minutes as a Word-compatible .docx / รายงานการประชุม (Word)',
          params,
          response: responses(
            { 200: fileResponse('The minutes / รายงานการประชุม', DOCX) },
            { errors: ERRORS.read },
          ),
        },
      },
      async (request, reply) => {
        const { outline, stem } = await loadMinutes(deps, requireActor(request), request.params.id);
        return reply
          .type(DOCX)
          .header('content-disposition', contentDisposition(`${stem}.docx`))
          .send(await minutesDocx(outline));
      },
    );
    app.post(
      '/meetings/:id/signed-minutes',
      {
        schema: {
          tags,
          summary:
            'Upload the signed minutes (PDF or scan, type judged by content) / แนบรายงานการประชุมที่ลงนามแล้ว',
          params,
          consumes: ['multipart/form-data'],
          response: responses({ 201: meetingSchema }, { errors: [400, 401, 403, 404, 409, 413, 415] }),
        },
      },
      async (request, reply) => {
        const meeting = await uploadSignedMinutes(deps, requireActor(request), request.params.id, () =>
          readSingleUpload(request, {
            th: 'กรุณาแนบไฟล์รายงานการประชุมที่ลงนามแล้วในช่อง file',
            en: 'Attach the signed minutes in the "file" field',
          }),
        );
        return reply.status(201).send(meeting);
      },
    );
    app.get(
      '/meetings/:id/signed-minutes',
      {
        schema: {
          tags,
          summary: 'Download the signed minutes / ดาวน์โหลดรายงานการประชุมที่ลงนามแล้ว',
          params,
          response: responses(
            { 200: fileResponse('The signed minutes / รายงานที่ลงนาม', MEDIA_TYPES.octetStream) },
            { errors: ERRORS.read },
          ),
        },
      },
      async (request, reply) => {
        const file = await downloadSignedMinutes(deps, requireActor(request), request.params.id);
        return sendAttachment(reply, file);
      },
    );
  };
}
