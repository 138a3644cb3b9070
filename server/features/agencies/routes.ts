import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AGENCY_KINDS, agencyInputSchema, agencyUpdateSchema } from '../../../domain/agencies/agency.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { pagingQuery, uuidParams } from '../../platform/http/schemas.js';
import { createAgency, getAgency, listAgencies, updateAgency } from './service.js';

/** Agencies and units on areas. */
export function agencyRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['agencies'];
    app.get(
      '/agencies',
      {
        schema: {
          tags,
          summary: 'List agencies / รายชื่อหน่วยงาน',
          querystring: z.object({
            provinceCode: z
              .string()
              .regex(/^\d{2}$/)
              .optional(),
            kind: z.enum(AGENCY_KINDS).optional(),
            q: z.string().trim().max(100).optional(),
            ...pagingQuery,
          }),
        },
      },
      (request) => listAgencies(deps, requireActor(request), request.query),
    );
    app.get('/agencies/:id', { schema: { tags, params: uuidParams } }, (request) =>
      getAgency(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/agencies',
      { schema: { tags, summary: 'Add an agency / เพิ่มหน่วยงาน', body: agencyInputSchema } },
      async (request, reply) => {
        const created = await createAgency(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', `"${created.version}"`).send(created);
      },
    );
    app.patch(
      '/agencies/:id',
      {
        schema: {
          tags,
          summary: 'Edit an agency / แก้ไขหน่วยงาน',
          params: uuidParams,
          body: agencyUpdateSchema,
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const updated = await updateAgency(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', `"${updated.version}"`).send(updated);
      },
    );
  };
}
