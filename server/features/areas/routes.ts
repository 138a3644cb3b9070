import { VILLAGE_COLUMNS } from '../../../domain/areas/village-import.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  areaDetailSchema,
  areaExportQuery,
  areaListQuery,
  areaSchema,
  areaSubtreeQuery,
  clusterListQuery,
  clusterSchema,
  provinceStatsSchema,
  regionSchema,
} from '../../../domain/areas/area.js';
import { areaCodeSchema } from '../../../domain/areas/area-code.js';
import { areaCreateSchema, areaUpdateSchema } from '../../../domain/areas/area-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { itemsSchema, pageSchema } from '../../../domain/common/paging.js';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import { csvTemplateRoute } from '../../platform/http/csv-template-route.js';
import { responses } from '../../platform/http/responses.js';
import { listExportSchema, sendListWorkbook } from '../../platform/excel/stream.js';
import { areaListExport } from './export.js';
import { startVillageImport } from './import-service.js';
import {
  createArea,
  getArea,
  listAreas,
  listClusters,
  listRegions,
  listSubtree,
  provinceStats,
  updateArea,
} from './service.js';

const codeParams = z.object({ code: areaCodeSchema });

/** Areas, regions and clusters; village import. */
export function areaRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['areas'];
    app.get(
      '/areas',
      {
        schema: {
          tags,
          summary: 'List or search areas / ค้นหาพื้นที่',
          querystring: areaListQuery,
          response: responses({ 200: pageSchema(areaSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listAreas(deps, requireActor(request), request.query),
    );
    app.get(
      '/areas/export',
      { schema: listExportSchema(tags, 'Export areas (xlsx) / ส่งออกรายการพื้นที่', areaExportQuery) },
      (request, reply) =>
        sendListWorkbook(reply, 'areas.xlsx', areaListExport(deps, requireActor(request), request.query)),
    );
    app.get(
      '/areas/stats/provinces',
      {
        schema: {
          tags,
          summary: 'Counts per province / สถิติรายจังหวัด',
          response: responses({ 200: itemsSchema(provinceStatsSchema) }, { errors: [401, 403] }),
        },
      },
      (request) => provinceStats(deps, requireActor(request)),
    );
    csvTemplateRoute(app, {
      path: '/areas/imports/template',
      summary: 'Village import template / แม่แบบนำเข้าหมู่บ้าน',
      tags,
      fileName: 'villages-template.csv',
      columns: VILLAGE_COLUMNS,
      examples: [['30010101', 'บ้านตัวอย่าง', 'Ban Tua Yang']],
    });
    app.post(
      '/areas/imports',
      {
        schema: {
          tags,
          summary: 'Import villages (CSV/XLSX) / นำเข้าหมู่บ้าน',
          consumes: ['multipart/form-data'],
          response: responses({ 202: jobStartedSchema }, { errors: [400, 401, 403, 413, 415] }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const job = await startVillageImport(deps, actor, request);
        return reply.status(202).send({ job });
      },
    );
    app.get(
      '/areas/:code',
      {
        schema: {
          tags,
          summary: 'One area / ข้อมูลพื้นที่',
          params: codeParams,
          response: responses({ 200: areaDetailSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getArea(deps, requireActor(request), request.params.code),
    );
    app.get(
      '/areas/:code/subtree',
      {
        schema: {
          tags,
          summary: 'Areas below / พื้นที่ภายใต้',
          params: codeParams,
          querystring: areaSubtreeQuery,
          response: responses({ 200: pageSchema(areaSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listSubtree(deps, requireActor(request), request.params.code, request.query),
    );
    app.post(
      '/areas',
      {
        schema: {
          tags,
          summary: 'Add an area / เพิ่มพื้นที่',
          body: areaCreateSchema,
          response: responses({ 201: areaSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createArea(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.patch(
      '/areas/:code',
      {
        schema: {
          tags,
          summary: 'Rename or close an area / แก้ไขหรือยุบพื้นที่',
          params: codeParams,
          body: areaUpdateSchema,
          response: responses({ 200: areaSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
        },
      },
      async (request, reply) => {
        const updated = await updateArea(
          deps,
          requireActor(request),
          request.params.code,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
    const regionList = responses({ 200: itemsSchema(regionSchema) }, { errors: [401, 403] });
    app.get('/regions', { schema: { tags, summary: 'Regions / ภาค', response: regionList } }, (request) =>
      listRegions(deps, requireActor(request)),
    );
    app.get(
      '/clusters',
      {
        schema: {
          tags,
          summary: 'Provincial clusters / กลุ่มจังหวัด',
          querystring: clusterListQuery,
          response: responses({ 200: itemsSchema(clusterSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listClusters(deps, requireActor(request), request.query),
    );
  };
}
