import { INDICATOR_VALUE_COLUMNS } from '../../../domain/indicators/value-rows.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import { indicatorInputSchema, indicatorSchema } from '../../../domain/indicators/catalogue.js';
import {
  areaFiguresQuery,
  areaFiguresSchema,
  belowTargetQuery,
  blindSpotsQuery,
  blindSpotsSchema,
  shortfallPageSchema,
  shortfallSchema,
  suggestionsQuery,
  targetInputSchema,
  targetParams,
  targetSchema,
} from '../../../domain/indicators/figures.js';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { csvTemplateRoute } from '../../platform/http/csv-template-route.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { optionalVersion } from '../../platform/http/versions.js';
import { blindSpots } from './blind-spots.js';
import { createIndicator, listIndicators, updateIndicator } from './catalogue.js';
import { areaFigures } from './figures.js';
import { startIndicatorImport } from './import-service.js';
import { belowTarget, suggestionsFor } from './shortfalls.js';
import { setTarget } from './targets.js';

/** The indicator catalogue, figures by area, targets, shortfalls, blind spots and the import. */
export function indicatorRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['indicators'];
    const readErrors = { errors: [400, 401, 403, 404] as const };
    app.get(
      '/indicators',
      {
        schema: {
          tags,
          summary: 'The indicator catalogue / บัญชีตัวชี้วัด',
          response: responses({ 200: itemsSchema(indicatorSchema) }, { errors: [401, 403] }),
        },
      },
      (request) => listIndicators(deps, requireActor(request)),
    );
    app.post(
      '/indicators',
      {
        schema: {
          tags,
          summary: 'Add an indicator (administrator) / เพิ่มตัวชี้วัด',
          body: indicatorInputSchema,
          response: responses({ 201: indicatorSchema }, { errors: [400, 401, 403, 409] }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createIndicator(deps, requireActor(request), request.body)),
    );
    app.put(
      '/indicators/:id',
      {
        schema: {
          tags,
          summary: 'Correct an indicator (administrator, If-Match) / แก้ไขตัวชี้วัด',
          params: uuidParams,
          body: indicatorInputSchema,
          response: responses({ 200: indicatorSchema }, { errors: [400, 401, 403, 404, 412, 428] }),
        },
      },
      (request) =>
        updateIndicator(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request),
          request.body,
        ),
    );
    app.get(
      '/indicators/:id/areas',
      {
        schema: {
          tags,
          summary: 'Figures of the areas under one area, with last year and target / ค่าตัวชี้วัดรายพื้นที่',
          params: uuidParams,
          querystring: areaFiguresQuery,
          response: responses({ 200: areaFiguresSchema }, readErrors),
        },
      },
      (request) => areaFigures(deps, requireActor(request), request.params.id, request.query),
    );
    app.put(
      '/indicators/:id/provinces/:provinceCode/target',
      {
        schema: {
          tags,
          summary: 'Set the province’s target (If-Match once set) / กำหนดค่าเป้าหมายของจังหวัด',
          params: targetParams,
          body: targetInputSchema,
          response: responses({ 200: targetSchema }, { errors: [400, 401, 403, 404, 412, 428] }),
        },
      },
      (request) =>
        setTarget(deps, requireActor(request), request.params, request.body.target, optionalVersion(request)),
    );
    app.get(
      '/indicator-shortfalls',
      {
        schema: {
          tags,
          summary: 'Areas below the provincial target / พื้นที่ที่ต่ำกว่าเป้าหมายจังหวัด',
          querystring: belowTargetQuery,
          response: responses({ 200: compiledResponse(shortfallPageSchema) }, readErrors),
        },
      },
      (request) => belowTarget(deps, requireActor(request), request.query),
    );
    app.get(
      '/indicator-suggestions',
      {
        schema: {
          tags,
          summary: 'Indicators an area falls short in, for a need’s evidence / ตัวชี้วัดที่พื้นที่ต่ำกว่าเป้า',
          querystring: suggestionsQuery,
          response: responses({ 200: itemsSchema(shortfallSchema) }, readErrors),
        },
      },
      async (request) => ({
        items: await suggestionsFor(deps, requireActor(request), request.query.areaCode),
      }),
    );
    app.get(
      '/indicator-blind-spots',
      {
        schema: {
          tags,
          summary: 'Where we are blind: needs without data, poor areas without response / จุดบอดของข้อมูล',
          querystring: blindSpotsQuery,
          response: responses({ 200: blindSpotsSchema }, readErrors),
        },
      },
      (request) => blindSpots(deps, requireActor(request), request.query),
    );
    csvTemplateRoute(app, {
      path: '/indicator-imports/template',
      summary: 'Indicator import template / แม่แบบนำเข้าค่าตัวชี้วัด',
      tags,
      fileName: 'indicator-values-template.csv',
      columns: INDICATOR_VALUE_COLUMNS,
      // A ratio row (numerator and denominator, no value) and a count row (a value).
      examples: [
        ['JPT-WATER', '30010101', '2568', '', '95', '100'],
        ['JPT-SURVEYED', '30010101', '2568', '100', '', ''],
      ],
    });
    app.post(
      '/indicator-imports',
      {
        schema: {
          tags,
          summary: 'Import indicator figures (CSV/XLSX, UTF-8 or Windows-874) / นำเข้าค่าตัวชี้วัด',
          consumes: ['multipart/form-data'],
          response: responses({ 202: jobStartedSchema }, { errors: [400, 401, 403, 413, 415] }),
        },
      },
      async (request, reply) => {
        const job = await startIndicatorImport(deps, requireActor(request), request);
        return reply.status(202).send({ job });
      },
    );
  };
}
