import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assetFilterQuery,
  assetListQuery,
  assetTransitionInputSchema,
  assetUpdateSchema,
  registerAssetsInputSchema,
} from '../../../domain/assets/asset-input.js';
import {
  assetDetailSchema,
  assetListSchema,
  assetMapSchema,
  assetProposalsSchema,
  assetSchema,
  assetSummarySchema,
} from '../../../domain/assets/asset-response.js';
import {
  assetBacklogQuery,
  assetBacklogSchema,
  assetCheckInputSchema,
} from '../../../domain/assets/checks.js';
import { checkCorrectionRoutes } from './check-correction-routes.js';
import { checkPhotoRoutes } from './check-photo-routes.js';
import { itemsSchema } from '../../../domain/common/paging.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getAsset } from './access.js';
import { assetBacklog, recordAssetCheck } from './checks.js';
import { transitionAsset, updateAsset } from './changes.js';
import { listAssets } from './list.js';
import { assetMap } from './map.js';
import { assetProposals, registerAssets } from './register.js';
import { exportAssets } from './sheet-export.js';
import { assetSummary } from './summary.js';

const summaryQuery = assetFilterQuery.pick({ provinceCode: true });

/** The asset register: list, search, export, summary, handover from projects, edits and transfers. */
export function assetRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['assets'];
    const detail = responses({ 200: assetDetailSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] });
    app.get(
      '/assets',
      {
        schema: {
          tags,
          summary: 'The asset register / ทะเบียนทรัพย์สิน',
          querystring: assetListQuery,
          response: responses({ 200: compiledResponse(assetListSchema) }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => listAssets(deps, requireActor(request), request.query),
    );
    app.get(
      '/assets/map',
      {
        schema: {
          tags,
          summary: 'The register’s placed assets for the map / แผนที่ทรัพย์สิน',
          querystring: assetFilterQuery,
          response: responses({ 200: assetMapSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => assetMap(deps, requireActor(request), request.query),
    );
    app.get(
      '/assets/export',
      {
        schema: {
          tags,
          summary: 'Export the asset register (xlsx) / ส่งออกทะเบียนทรัพย์สิน',
          querystring: assetFilterQuery,
          response: responses(
            { 200: fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
            { errors: [400, 401, 403] },
          ),
        },
      },
      async (request, reply) => {
        const workbook = await exportAssets(deps, requireActor(request), request.query);
        return reply
          .type(MEDIA_TYPES.xlsx)
          .header('content-disposition', contentDisposition('assets.xlsx'))
          .send(workbook);
      },
    );
    app.get(
      '/assets/summary',
      {
        schema: {
          tags,
          summary: 'Assets per province, type and status / สรุปทรัพย์สินรายจังหวัด',
          querystring: summaryQuery,
          response: responses({ 200: assetSummarySchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => assetSummary(deps, requireActor(request), request.query),
    );
    app.get(
      '/assets/backlog',
      {
        schema: {
          tags,
          summary: 'Overdue checks and assets not yet transferred / ทรัพย์สินค้างตรวจสอบและค้างโอน',
          querystring: assetBacklogQuery,
          response: responses({ 200: compiledResponse(assetBacklogSchema) }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => assetBacklog(deps, requireActor(request), request.query),
    );
    app.post(
      '/assets/:id/checks',
      {
        schema: {
          tags,
          summary: 'Record the yearly check / บันทึกการตรวจสอบพัสดุประจำปี',
          params: uuidParams,
          body: assetCheckInputSchema,
          response: responses({ 201: assetDetailSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await recordAssetCheck(deps, requireActor(request), request.params.id, request.body)),
    );
    await app.register(checkPhotoRoutes(deps));
    await app.register(checkCorrectionRoutes(deps));
    app.get(
      '/assets/projects/:id/proposals',
      {
        schema: {
          tags,
          summary: 'Assets a delivered project proposes / ทรัพย์สินที่เกิดจากโครงการ',
          params: uuidParams,
          response: responses({ 200: assetProposalsSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request) => assetProposals(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/assets/projects/:id',
      {
        schema: {
          tags,
          summary: 'Register a delivered project’s assets / ขึ้นทะเบียนทรัพย์สินจากโครงการ',
          params: uuidParams,
          body: registerAssetsInputSchema,
          response: responses({ 201: itemsSchema(assetSchema) }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) => {
        const items = await registerAssets(deps, requireActor(request), request.params.id, request.body);
        return reply.status(201).send({ items });
      },
    );
    app.get(
      '/assets/:id',
      {
        schema: {
          tags,
          summary: 'An asset with its history / ทรัพย์สินและประวัติ',
          params: uuidParams,
          response: responses({ 200: assetDetailSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request) => getAsset(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/assets/:id',
      {
        schema: {
          tags,
          summary: 'Edit an asset (If-Match) / แก้ไขข้อมูลทรัพย์สิน',
          params: uuidParams,
          body: assetUpdateSchema,
          response: detail,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { version, ...input } = request.body;
        return updateAsset(deps, actor, request.params.id, expectedVersion(request, version), input);
      },
    );
    app.post(
      '/assets/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Move an asset along the transfer (If-Match) / ดำเนินการโอนทรัพย์สิน',
          params: uuidParams,
          body: assetTransitionInputSchema,
          response: detail,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { version, ...input } = request.body;
        return transitionAsset(deps, actor, request.params.id, expectedVersion(request, version), input);
      },
    );
  };
}
