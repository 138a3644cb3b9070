import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { reportInputSchema } from '../../../domain/programmes/programme-input.js';
import { reportSchema } from '../../../domain/programmes/responses.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { etag, expectedVersion, requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { attachReportPhoto, downloadReportPhoto, submitReport } from './reports.js';

const photoParams = z.object({ id: z.uuid(), photoId: z.uuid() });

/** A province's period reports: figures, then photos. */
export function reportRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['programmes'];
    app.put(
      '/programmes/:id/reports',
      {
        schema: {
          tags,
          summary: 'Report a period’s figures (If-Match to replace) / รายงานผลรายรอบ',
          params: uuidParams,
          body: reportInputSchema,
          response: responses({ 200: reportSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        // The first report of a period needs no version; replacing one does (checked by the service).
        const first = request.headers['if-match'] === undefined && version === undefined;
        const expected = first ? null : expectedVersion(request, version);
        const report = await submitReport(deps, requireActor(request), request.params.id, input, expected);
        return reply.header('etag', etag(report.version)).send(report);
      },
    );
    app.post(
      '/programme-reports/:id/photos',
      {
        schema: {
          tags,
          summary: 'Add a photo to a report / แนบภาพถ่ายผลการดำเนินงาน',
          params: uuidParams,
          consumes: ['multipart/form-data'],
          response: responses({ 201: reportSchema }, { errors: [400, 401, 403, 404, 413, 415] }),
        },
      },
      async (request, reply) => {
        const readFile = () =>
          readSingleUpload(request, {
            th: 'กรุณาแนบภาพในช่อง file',
            en: 'Attach the photo in the "file" field',
          });
        return reply
          .status(201)
          .send(await attachReportPhoto(deps, requireActor(request), request.params.id, readFile));
      },
    );
    app.get(
      '/programme-reports/:id/photos/:photoId',
      {
        schema: {
          tags,
          summary: 'A report’s photo / ภาพถ่ายของรายงาน',
          params: photoParams,
          response: responses(
            { 200: fileResponse('The photo / ภาพถ่าย', MEDIA_TYPES.octetStream) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const photo = await downloadReportPhoto(
          deps,
          requireActor(request),
          request.params.id,
          request.params.photoId,
        );
        return reply
          .type(photo.mimeType)
          .header('content-disposition', contentDisposition(photo.fileName, 'inline'))
          .send(photo.content);
      },
    );
  };
}
