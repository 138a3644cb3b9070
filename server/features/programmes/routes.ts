import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import {
  districtTargetSchema,
  districtTargetsInputSchema,
} from '../../../domain/programmes/district-targets.js';
import {
  activityInputSchema,
  progressParams,
  provinceQuery,
  programmeInputSchema,
  targetsInputSchema,
} from '../../../domain/programmes/programme-input.js';
import {
  activitySchema,
  programmeSchema,
  programmeSummarySchema,
  provinceProgressSchema,
  rankingSchema,
  targetSchema,
} from '../../../domain/programmes/responses.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { registerActivity } from './activities.js';
import { listDistrictTargets, setDistrictTargets } from './district-targets.js';
import {
  createProgramme,
  getProgramme,
  listProgrammes,
  listTargets,
  setTargets,
} from './programme-service.js';
import { programmeRanking, provinceProgress } from './progress.js';

/** Special programmes: set by the centre, reported by provinces, ranked nationally. */
export function programmeRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['programmes'];
    const readErrors = { errors: [400, 401, 403, 404] as const };
    const writeErrors = { errors: [400, 401, 403, 404, 409] as const };
    app.get(
      '/programmes',
      {
        schema: {
          tags,
          summary: 'Special programmes / โครงการสำคัญ',
          response: responses({ 200: itemsSchema(programmeSummarySchema) }, { errors: [401, 403] }),
        },
      },
      async (request) => listProgrammes(deps, requireActor(request)),
    );
    app.post(
      '/programmes',
      {
        schema: {
          tags,
          summary: 'Create a programme (the centre) / สร้างโครงการสำคัญ',
          body: programmeInputSchema,
          response: responses({ 201: programmeSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createProgramme(deps, requireActor(request), request.body)),
    );
    app.get(
      '/programmes/:id',
      {
        schema: {
          tags,
          summary: 'A programme with its projects, indicators and periods / รายละเอียดโครงการสำคัญ',
          params: uuidParams,
          response: responses({ 200: programmeSchema }, readErrors),
        },
      },
      async (request) => getProgramme(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/programmes/:id/targets',
      {
        schema: {
          tags,
          summary: 'Targets per indicator and province / เป้าหมายรายจังหวัด',
          params: uuidParams,
          response: responses({ 200: itemsSchema(targetSchema) }, readErrors),
        },
      },
      async (request) => listTargets(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/programmes/:id/targets',
      {
        schema: {
          tags,
          summary: 'Set targets per indicator and province (the centre) / กำหนดเป้าหมายรายจังหวัด',
          params: uuidParams,
          body: targetsInputSchema,
          response: responses({ 200: itemsSchema(targetSchema) }, writeErrors),
        },
      },
      async (request) => setTargets(deps, requireActor(request), request.params.id, request.body),
    );
    app.get(
      '/programmes/:id/district-targets',
      {
        schema: {
          tags,
          summary: 'Targets per indicator and district / เป้าหมายรายอำเภอ',
          params: uuidParams,
          querystring: provinceQuery,
          response: responses({ 200: itemsSchema(districtTargetSchema) }, readErrors),
        },
      },
      async (request) =>
        listDistrictTargets(deps, requireActor(request), request.params.id, request.query.provinceCode),
    );
    app.put(
      '/programmes/:id/district-targets',
      {
        schema: {
          tags,
          summary: 'Set targets per district under the province’s (the centre) / กำหนดเป้าหมายรายอำเภอ',
          params: uuidParams,
          body: districtTargetsInputSchema,
          response: responses({ 200: itemsSchema(districtTargetSchema) }, writeErrors),
        },
      },
      async (request) => setDistrictTargets(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      '/programmes/:id/activities',
      {
        schema: {
          tags,
          summary: 'Register a province’s activity / ลงทะเบียนกิจกรรมของจังหวัด',
          params: uuidParams,
          body: activityInputSchema,
          response: responses({ 201: activitySchema }, writeErrors),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await registerActivity(deps, requireActor(request), request.params.id, request.body)),
    );
    app.get(
      '/programmes/:id/provinces/:provinceCode',
      {
        schema: {
          tags,
          summary: 'A province’s achievement against its targets / ผลการดำเนินงานของจังหวัด',
          params: progressParams,
          response: responses({ 200: provinceProgressSchema }, readErrors),
        },
      },
      async (request) =>
        provinceProgress(deps, requireActor(request), request.params.id, request.params.provinceCode),
    );
    app.get(
      '/programmes/:id/ranking',
      {
        schema: {
          tags,
          summary: 'Provinces ranked by achievement, late reporters / อันดับจังหวัดและผู้รายงานล่าช้า',
          params: uuidParams,
          response: responses({ 200: rankingSchema }, readErrors),
        },
      },
      async (request) => programmeRanking(deps, requireActor(request), request.params.id),
    );
  };
}
