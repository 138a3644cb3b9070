import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { dataDictionary, dictionarySchema } from '../../../domain/open-data/dictionary.js';
import {
  codeParams,
  datasetParams,
  oc4idsPackageSchema,
  openFilterQuery,
  openProjectListQuery,
  openProjectPageSchema,
  provinceParams,
} from '../../../domain/open-data/query.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { cacheSerialised, sendCached } from './http-cache.js';
import { datasetDownload, listOpenProjects, projectPackage, provincePackage } from './service.js';

const JSON_TYPE = 'application/json; charset=utf-8';
const json = (value: unknown) => JSON.stringify(value);

/**
 * The read-only open-data API: no account, published rows only (every read goes through
 * `inPublicReadTransaction`), ETag and caching headers on every answer.
 */
export function openDataRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['open data'];
    app.get(
      '/projects',
      {
        schema: {
          tags,
          summary: 'Published projects, keyset-paged / โครงการที่เผยแพร่',
          querystring: openProjectListQuery,
          response: responses({ 200: compiledResponse(openProjectPageSchema) }, { errors: [400] }),
        },
        onSend: cacheSerialised,
      },
      (request) => listOpenProjects(deps, request.query),
    );
    app.get(
      '/datasets/:dataset.:format',
      {
        schema: {
          tags,
          summary: 'Bulk download of a dataset, CSV (UTF-8 with BOM) or JSON / ดาวน์โหลดข้อมูลทั้งชุด',
          params: datasetParams,
          querystring: openFilterQuery,
          response: responses(
            { 200: fileResponse('CSV or JSON / ไฟล์ CSV หรือ JSON', MEDIA_TYPES.csv, 'application/json') },
            { errors: [400] },
          ),
        },
      },
      async (request, reply) => {
        const { dataset, format } = request.params;
        const file = await datasetDownload(deps, dataset, format, request.query);
        reply.header('content-disposition', contentDisposition(file.fileName));
        return sendCached(request, reply, file.body, file.contentType);
      },
    );
    app.get(
      '/dictionary',
      {
        schema: {
          tags,
          summary: 'The data dictionary of every dataset / พจนานุกรมข้อมูล',
          response: responses({ 200: dictionarySchema }, { errors: [400, 429] }),
        },
      },
      async (request, reply) => sendCached(request, reply, json(dataDictionary()), JSON_TYPE),
    );
    app.get(
      '/oc4ids/projects/:code',
      {
        schema: {
          tags,
          summary: 'OC4IDS package of one published project / ข้อมูลโครงการตามมาตรฐาน OC4IDS',
          params: codeParams,
          response: responses({ 200: oc4idsPackageSchema }, { errors: [400, 404] }),
        },
      },
      async (request, reply) => {
        const uri = `${request.protocol}://${request.host}${request.url}`;
        return sendCached(
          request,
          reply,
          json(await projectPackage(deps, request.params.code, uri)),
          JSON_TYPE,
        );
      },
    );
    app.get(
      '/oc4ids/provinces/:provinceCode',
      {
        schema: {
          tags,
          summary: 'OC4IDS package of a province’s published projects / ข้อมูลโครงการของจังหวัดตาม OC4IDS',
          params: provinceParams,
          response: responses({ 200: oc4idsPackageSchema }, { errors: [400, 404] }),
        },
      },
      async (request, reply) => {
        const uri = `${request.protocol}://${request.host}${request.url}`;
        const body = json(await provincePackage(deps, request.params.provinceCode, uri));
        return sendCached(request, reply, body, JSON_TYPE);
      },
    );
  };
}
