import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  alignmentLinksSchema,
  kpiInputSchema,
  kpiUpdateSchema,
  targetsSchema,
} from '../../../domain/plans/plan-children-input.js';
import { kpiNodeSchema } from '../../../domain/plans/tree.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { PLAN_ERRORS } from './contract.js';
import { createKpi, deleteKpi, updateKpi } from './kpi-service.js';
import { nodeDeleteRoute, nodeWriteRoute, withoutVersion } from './node-routes.js';

/** KPIs of a draft version: added under their objective, edited with their targets and alignment. */
export function kpiRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/plan-objectives/:id/kpis',
      {
        schema: {
          tags: ['plans'],
          summary: 'Add a KPI / เพิ่มตัวชี้วัด',
          params: uuidParams,
          body: kpiInputSchema,
          response: responses({ 201: kpiNodeSchema }, { errors: PLAN_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createKpi(deps, requireActor(request), request.params.id, request.body)),
    );
    nodeWriteRoute(app, 'patch', {
      path: '/plan-kpis/:id',
      summary: 'Edit a KPI / แก้ไขตัวชี้วัด',
      body: kpiUpdateSchema,
      node: kpiNodeSchema,
      save: (actor, id, version, body) => updateKpi(deps, actor, id, version, withoutVersion(body)),
    });
    nodeWriteRoute(app, 'put', {
      path: '/plan-kpis/:id/targets',
      summary: 'Replace the target grid / ค่าเป้าหมาย',
      body: targetsSchema,
      node: kpiNodeSchema,
      save: (actor, id, version, body) => updateKpi(deps, actor, id, version, { targets: body.targets }),
    });
    nodeWriteRoute(app, 'put', {
      path: '/plan-kpis/:id/alignment',
      summary: "Replace the KPI's alignment / ความสอดคล้องของตัวชี้วัด",
      body: alignmentLinksSchema,
      node: kpiNodeSchema,
      save: (actor, id, version, body) =>
        updateKpi(deps, actor, id, version, { alignment: body.links }, 'links'),
    });
    nodeDeleteRoute(app, '/plan-kpis/:id', 'Delete a KPI / ลบตัวชี้วัด', (actor, id, version) =>
      deleteKpi(deps, actor, id, version),
    );
  };
}
