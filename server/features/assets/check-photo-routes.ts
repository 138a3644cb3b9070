import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { assetDetailSchema } from '../../../domain/assets/asset-response.js';
import { assetCheckPhotoParams, assetCheckPhotoQuery } from '../../../domain/assets/checks.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { downloadAssetCheckPhoto, recordAssetCheckWithPhoto } from './check-photos.js';
import { sendAttachment, sendPreview } from '../../platform/http/file-reply.js';

/** The yearly check with a photo (ตรวจสอบพัสดุประจำปี พร้อมภาพถ่าย): record it, read the photo back. */
export function checkPhotoRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['assets'];
    const photoSchema = (summary: string) => ({
      tags,
      summary,
      params: assetCheckPhotoParams,
      response: responses(
        { 200: fileResponse('The photo / ภาพถ่าย', MEDIA_TYPES.octetStream) },
        { errors: [400, 401, 403, 404] },
      ),
    });
    app.post(
      '/assets/:id/checks/photo',
      {
        schema: {
          tags,
          summary: 'Record the yearly check with a photo / บันทึกการตรวจสอบพัสดุประจำปีพร้อมภาพถ่าย',
          params: uuidParams,
          querystring: assetCheckPhotoQuery,
          consumes: ['multipart/form-data'],
          response: responses({ 201: assetDetailSchema }, { errors: [400, 401, 403, 404, 409, 413, 415] }),
        },
      },
      async (request, reply) => {
        const detail = await recordAssetCheckWithPhoto(
          deps,
          requireActor(request),
          request.params.id,
          request.query,
          () =>
            readSingleUpload(request, {
              th: 'กรุณาแนบภาพถ่ายในช่อง file',
              en: 'Attach the photo in the "file" field',
            }),
        );
        return reply.status(201).send(detail);
      },
    );
    const original = photoSchema('A check’s photo / ภาพถ่ายการตรวจสอบพัสดุ');
    app.get('/assets/:id/checks/:checkId/photo', { schema: original }, async (request, reply) => {
      const file = await downloadAssetCheckPhoto(deps, requireActor(request), request.params, 'original');
      return sendAttachment(reply, file);
    });
    const preview = photoSchema('A check photo’s preview (WebP) / ภาพย่อ');
    app.get('/assets/:id/checks/:checkId/photo/thumbnail', { schema: preview }, async (request, reply) => {
      const file = await downloadAssetCheckPhoto(deps, requireActor(request), request.params, 'thumbnail');
      return sendPreview(reply, file);
    });
  };
}
