import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ALIGNMENT_LEVELS,
  ALIGNMENT_SCHEMES,
  alignmentNodeCreateSchema,
  alignmentNodeUpdateSchema,
} from '../../../domain/alignment/alignment.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { pagingQuery } from '../../../domain/common/paging.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { createAlignmentNode, updateAlignmentNode } from './manage-service.js';
import { getAlignmentNode, listAlignmentNodes } from './service.js';

/** National alignment reference trees (ยุทธศาสตร์ชาติ, แผนแม่บท, แผนฯ 13, SDGs). */
export function alignmentRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['alignment'];
    app.get(
      '/alignment/nodes',
      {
        schema: {
          tags,
          summary: 'Alignment nodes: roots, children of parentId, or a search / รายการความสอดคล้องระดับชาติ',
          querystring: z.object({
            scheme: z.enum(ALIGNMENT_SCHEMES).optional(),
            schemeVersion: z.string().trim().max(30).optional(),
            parentId: z.uuid().optional(),
            level: z.enum(ALIGNMENT_LEVELS).optional(),
            q: z.string().trim().min(1).max(100).optional(),
            includeInactive: z
              .enum(['true', 'false'])
              .transform((value) => value === 'true')
              .optional(),
            ...pagingQuery,
          }),
        },
      },
      (request) => listAlignmentNodes(deps, requireActor(request), request.query),
    );
    app.get(
      '/alignment/nodes/:id',
      { schema: { tags, summary: 'A node with its ancestors', params: uuidParams } },
      (request) => getAlignmentNode(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/alignment/nodes',
      {
        schema: { tags, summary: 'Add a node (administrators) / เพิ่มรายการ', body: alignmentNodeCreateSchema },
      },
      async (request, reply) => {
        const created = await createAlignmentNode(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', `"${created.version}"`).send(created);
      },
    );
    app.patch(
      '/alignment/nodes/:id',
      {
        schema: {
          tags,
          summary: 'Edit a node (administrators) / แก้ไขรายการ',
          params: uuidParams,
          body: alignmentNodeUpdateSchema,
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const updated = await updateAlignmentNode(
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
