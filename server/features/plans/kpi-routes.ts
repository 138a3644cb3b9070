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
import {
  versionedDeleteRoute,
  versionedWriteRoute,
  withoutVersion,
  OPERATION_ERRORS,
} from '../../platform/http/versioned-routes.js';
import { createKpi, deleteKpi, updateKpi } from './kpi-service.js';

/** KPIs of a draft version: added under their objective, edited with their targets and alignment. */
export function kpiRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    app.post(
      '/plan-objectives/:id/kpis',
      {
        schema: {
          tags,
          summary: 'Add a KPI / เพิ่มตัวชี้วัด',
          params: uuidParams,
          body: kpiInputSchema,
          response: responses({ 201: kpiNodeSchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createKpi(deps, requireActor(request), request.params.id, request.body)),
    );
    versionedWriteRoute(app, 'patch', {
      tags,
      path: '/plan-kpis/:id',
      summary: 'Edit a KPI / แก้ไขตัวชี้วัด',
      body: kpiUpdateSchema,
      saved: kpiNodeSchema,
      save: (actor, id, version, body) => updateKpi(deps, actor, id, version, withoutVersion(body)),
    });
    versionedWriteRoute(app, 'put', {
      tags,
      path: '/plan-kpis/:id/targets',
      summary: 'Replace the target grid / ค่าเป้าหมาย',
      body: targetsSchema,
      saved: kpiNodeSchema,
      save: (actor, id, version, body) => updateKpi(deps, actor, id, version, { targets: body.targets }),
    });
    versionedWriteRoute(app, 'put', {
      tags,
      path: '/plan-kpis/:id/alignment',
      summary: "Replace the KPI's alignment / ความสอดคล้องของตัวชี้วัด",
      body: alignmentLinksSchema,
      saved: kpiNodeSchema,
      save: (actor, id, version, body) =>
        updateKpi(deps, actor, id, version, { alignment: body.links }, 'links'),
    });
    versionedDeleteRoute(app, {
      path: '/plan-kpis/:id',
      summary: 'Delete a KPI / ลบตัวชี้วัด',
      tags,
      remove: (actor, id, version) => deleteKpi(deps, actor, id, version),
    });
  };
}
