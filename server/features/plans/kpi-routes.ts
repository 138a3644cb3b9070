import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  kpiInputSchema,
  kpiUpdateSchema,
  targetsSchema,
} from '../../../domain/plans/plan-children-input.js';
import { kpiNodeSchema } from '../../../domain/plans/tree.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS, withEtag } from './contract.js';
import { createKpi, deleteKpi, updateKpi } from './kpi-service.js';

/** KPIs of a draft version: added under their objective, edited with their targets and alignment. */
export function kpiRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    const params = uuidParams;
    const deleted = responses({ 204: noContent }, { errors: PLAN_ERRORS.edit });

    app.post(
      '/plan-objectives/:id/kpis',
      {
        schema: {
          tags,
          summary: 'Add a KPI / เพิ่มตัวชี้วัด',
          params,
          body: kpiInputSchema,
          response: responses({ 201: kpiNodeSchema }, { errors: PLAN_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createKpi(deps, requireActor(request), request.params.id, request.body)),
    );

    app.patch(
      '/plan-kpis/:id',
      {
        schema: {
          tags,
          summary: 'Edit a KPI / แก้ไขตัวชี้วัด',
          params,
          body: kpiUpdateSchema,
          response: responses({ 200: kpiNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        return withEtag(
          reply,
          await updateKpi(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, version),
            input,
          ),
        );
      },
    );
    app.put(
      '/plan-kpis/:id/targets',
      {
        schema: {
          tags,
          summary: 'Replace the target grid / ค่าเป้าหมาย',
          params,
          body: targetsSchema,
          response: responses({ 200: kpiNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) =>
        withEtag(
          reply,
          await updateKpi(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            { targets: request.body.targets },
          ),
        ),
    );
    app.put(
      '/plan-kpis/:id/alignment',
      {
        schema: {
          tags,
          summary: "Replace the KPI's alignment / ความสอดคล้องของตัวชี้วัด",
          params,
          body: alignmentLinksSchema,
          response: responses({ 200: kpiNodeSchema }, { errors: PLAN_ERRORS.edit }),
        },
      },
      async (request, reply) =>
        withEtag(
          reply,
          await updateKpi(
            deps,
            requireActor(request),
            request.params.id,
            expectedVersion(request, request.body.version),
            { alignment: request.body.links },
            'links',
          ),
        ),
    );
    app.delete(
      '/plan-kpis/:id',
      { schema: { tags, summary: 'Delete a KPI / ลบตัวชี้วัด', params, response: deleted } },
      async (request, reply) => {
        await deleteKpi(deps, requireActor(request), request.params.id, expectedVersion(request));
        return reply.status(204).send(null);
      },
    );
  };
}
