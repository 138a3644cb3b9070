import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  helpInputSchema,
  householdFilterQuery,
  householdInputSchema,
  householdListQuery,
  statusInputSchema,
  visitInputSchema,
} from '../../../domain/households/household-input.js';
import { householdDetailSchema, householdListSchema } from '../../../domain/households/household-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getHousehold } from './access.js';
import { addHelp, addVisit, createHousehold } from './cases.js';
import { exportHouseholds } from './export.js';
import { listHouseholds } from './list.js';
import { moveHouseholdStatus } from './status.js';

/** Household cases: list (masked), export without personal fields, a case, help, visits, status. */
export function householdRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['households'];
    const detail = responses({ 200: householdDetailSchema }, { errors: [400, 401, 403, 404] });
    app.get(
      '/households',
      {
        schema: {
          tags,
          summary: 'Household cases, masked / ครัวเรือนเป้าหมาย (ปิดบังข้อมูลส่วนบุคคล)',
          querystring: householdListQuery,
          response: responses({ 200: compiledResponse(householdListSchema) }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => listHouseholds(deps, requireActor(request), request.query),
    );
    app.get(
      '/households/export',
      {
        schema: {
          tags,
          summary: 'Export cases without personal fields (xlsx) / ส่งออกครัวเรือน (ไม่มีข้อมูลส่วนบุคคล)',
          querystring: householdFilterQuery,
          response: responses(
            { 200: fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
            { errors: [400, 401, 403] },
          ),
        },
      },
      async (request, reply) => {
        const workbook = await exportHouseholds(deps, requireActor(request), request.query);
        return reply
          .type(MEDIA_TYPES.xlsx)
          .header('content-disposition', contentDisposition('households.xlsx'))
          .send(workbook);
      },
    );
    app.post(
      '/households',
      {
        schema: {
          tags,
          summary: 'Record a household case / บันทึกครัวเรือนเป้าหมาย',
          body: householdInputSchema,
          response: responses({ 201: householdDetailSchema }, { errors: [400, 401, 403, 404, 503] }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createHousehold(deps, requireActor(request), request.body)),
    );
    app.get(
      '/households/:id',
      {
        schema: {
          tags,
          summary: 'A household case, masked / ข้อมูลครัวเรือน',
          params: uuidParams,
          response: detail,
        },
      },
      async (request) => getHousehold(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/households/:id/help',
      {
        schema: {
          tags,
          summary: 'Record help given / บันทึกการให้ความช่วยเหลือ',
          params: uuidParams,
          body: helpInputSchema,
          response: detail,
        },
      },
      async (request) => addHelp(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/visits',
      {
        schema: {
          tags,
          summary: 'Record a follow-up visit / บันทึกการติดตามเยี่ยม',
          params: uuidParams,
          body: visitInputSchema,
          response: detail,
        },
      },
      async (request) => addVisit(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      '/households/:id/status',
      {
        schema: {
          tags,
          summary: 'Move a case’s status (If-Match) / เปลี่ยนสถานะครัวเรือน',
          params: uuidParams,
          body: statusInputSchema,
          response: responses(
            { 200: householdDetailSchema },
            { errors: [400, 401, 403, 404, 409, 412, 428] },
          ),
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { version, ...input } = request.body;
        return moveHouseholdStatus(deps, actor, request.params.id, expectedVersion(request, version), input);
      },
    );
  };
}
