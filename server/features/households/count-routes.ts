import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { countsQuery, proposalInputSchema } from '../../../domain/households/household-input.js';
import {
  householdCountsSchema,
  indicatorFeedSchema,
  proposalSchema,
} from '../../../domain/households/household-response.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { feedProvinceIndicators, householdCountsOf } from './counts.js';
import { proposeNeed } from './propose.js';

/** Anonymised household counts per area, and the need a subdistrict's counts propose. */
export function householdCountRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['household counts'];
    app.get(
      '/household-counts',
      {
        schema: {
          tags,
          summary: 'Anonymised household counts / จำนวนครัวเรือนเป้าหมาย (ไม่ระบุตัวตน)',
          querystring: countsQuery,
          response: responses({ 200: householdCountsSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => householdCountsOf(deps, requireActor(request), request.query),
    );
    app.post(
      '/household-counts/indicators',
      {
        schema: {
          tags,
          summary: 'File the counts as indicator values / บันทึกจำนวนครัวเรือนเป็นค่าตัวชี้วัด',
          body: countsQuery.pick({ provinceCode: true }).strict(),
          response: responses({ 200: indicatorFeedSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => feedProvinceIndicators(deps, requireActor(request), request.body),
    );
    app.post(
      '/household-counts/proposals',
      {
        schema: {
          tags,
          summary: 'Propose a need from the counts / เสนอความต้องการจากข้อมูลครัวเรือน',
          body: proposalInputSchema,
          response: responses({ 201: proposalSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await proposeNeed(deps, requireActor(request), request.body)),
    );
  };
}
