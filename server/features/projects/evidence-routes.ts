import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { projectSchema } from '../../../domain/projects/project-response.js';
import { READINESS_ITEMS } from '../../../domain/projects/project.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { attachmentDisposition, uploadReader } from '../needs/public.js';
import { attachEvidence, deleteEvidence, downloadEvidence } from './evidence.js';

const evidenceParams = z.object({ id: z.uuid(), fileId: z.uuid() });
const evidenceQuery = z.object({ item: z.enum(READINESS_ITEMS) });

/** Evidence files of the readiness checklist (land, ปร.4/ปร.5, permits, commitment, procurement). */
export function evidenceRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['projects'];
    app.post(
      '/projects/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Attach readiness evidence / แนบหลักฐานความพร้อม',
          params: uuidParams,
          querystring: evidenceQuery,
          consumes: ['multipart/form-data'],
          response: responses({ 201: projectSchema }, { errors: [400, 401, 403, 404, 413, 415] }),
        },
      },
      async (request, reply) => {
        const project = await attachEvidence(
          deps,
          requireActor(request),
          request.params.id,
          request.query.item,
          uploadReader(request),
        );
        return reply.status(201).send(project);
      },
    );
    app.get(
      '/projects/:id/evidence/:fileId',
      {
        schema: {
          tags,
          summary: 'Download readiness evidence / ดาวน์โหลดหลักฐาน',
          params: evidenceParams,
          response: responses(
            { 200: fileResponse('The evidence file, as uploaded / ไฟล์หลักฐาน', MEDIA_TYPES.octetStream) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const { id, fileId } = request.params;
        const file = await downloadEvidence(deps, requireActor(request), id, fileId);
        return reply
          .type(file.mimeType)
          .header('content-disposition', attachmentDisposition(file.fileName))
          .send(file.content);
      },
    );
    app.delete(
      '/projects/:id/evidence/:fileId',
      {
        schema: {
          tags,
          summary: 'Remove readiness evidence / ลบหลักฐาน',
          params: evidenceParams,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        await deleteEvidence(deps, requireActor(request), request.params.id, request.params.fileId);
        return reply.status(204).send(null);
      },
    );
  };
}
