import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  citationInputSchema,
  citationQuery,
  citationReviewSchema,
  supersedeProvisionSchema,
} from '../../../domain/regulations/regulation-input.js';
import {
  citedProvisionListSchema,
  citedProvisionSchema,
  regulationSchema,
  supersedeResultSchema,
} from '../../../domain/regulations/responses.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { recordActionRoute } from '../../platform/http/record-action-route.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { citeProvision, listCitedProvisions, reviewCitation, supersedeProvision } from './citations.js';
import { attachVersionFile, downloadVersionFile } from './version-files.js';
import { sendAttachment } from '../../platform/http/file-reply.js';

const versionParams = z.object({ id: z.uuid(), versionId: z.uuid() });

/** Citations (which step or rule rests on which provision), superseding, and version files. */
export function citationRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['regulations'];
    const writeErrors = { errors: [400, 401, 403, 404, 409] as const };
    app.get(
      '/regulation-citations',
      {
        schema: {
          tags,
          summary: 'Provisions a step or rule rests on, or those to review / บทบัญญัติที่ขั้นตอนอ้างอิง',
          querystring: citationQuery,
          response: responses({ 200: citedProvisionListSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => listCitedProvisions(deps, requireActor(request), request.query),
    );
    app.post(
      '/regulation-citations',
      {
        schema: {
          tags,
          summary: 'Cite a provision for a step or rule / อ้างอิงบทบัญญัติ',
          body: citationInputSchema,
          response: responses({ 201: citedProvisionSchema }, writeErrors),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await citeProvision(deps, requireActor(request), request.body)),
    );
    recordActionRoute(app, 'post', {
      path: '/regulation-citations/:id/review',
      summary: 'Close the review of a citation / ทบทวนการอ้างอิงแล้ว',
      tags,
      body: citationReviewSchema,
      result: citedProvisionSchema,
      act: (actor, id, body) => reviewCitation(deps, actor, id, body.provisionId),
    });
    recordActionRoute(app, 'post', {
      path: '/regulation-provisions/:id/supersede',
      summary: 'Supersede a provision; lists the steps and rules to review / ยกเลิกบทบัญญัติ',
      tags,
      body: supersedeProvisionSchema,
      result: supersedeResultSchema,
      act: (actor, id, body) => supersedeProvision(deps, actor, id, body),
    });
    app.post(
      '/regulations/:id/versions/:versionId/file',
      {
        schema: {
          tags,
          summary: 'Keep the text of a version as a file / แนบไฟล์ฉบับ',
          params: versionParams,
          consumes: ['multipart/form-data'],
          response: responses({ 201: regulationSchema }, { errors: [400, 401, 403, 404, 413, 415] }),
        },
      },
      async (request, reply) => {
        const readFile = () =>
          readSingleUpload(request, {
            th: 'กรุณาแนบไฟล์ในช่อง file',
            en: 'Attach the file in the "file" field',
          });
        const { id, versionId } = request.params;
        return reply
          .status(201)
          .send(await attachVersionFile(deps, requireActor(request), id, versionId, readFile));
      },
    );
    app.get(
      '/regulations/:id/versions/:versionId/file',
      {
        schema: {
          tags,
          summary: 'Download the text of a version / ดาวน์โหลดไฟล์ฉบับ',
          params: versionParams,
          response: responses(
            { 200: fileResponse('The version file / ไฟล์ฉบับ', MEDIA_TYPES.octetStream) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const file = await downloadVersionFile(
          deps,
          requireActor(request),
          request.params.id,
          request.params.versionId,
        );
        return sendAttachment(reply, file);
      },
    );
  };
}
