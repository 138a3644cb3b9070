import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { alignmentNodeCreateSchema, alignmentNodeUpdateSchema } from '../../../domain/alignment/alignment.js';
import {
  alignmentNodeDetailSchema,
  alignmentNodeListQuery,
  alignmentNodeSchema,
} from '../../../domain/alignment/alignment-node.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { pageSchema } from '../../../domain/common/paging.js';
import { responses } from '../../platform/http/responses.js';
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
          querystring: alignmentNodeListQuery,
          response: responses({ 200: pageSchema(alignmentNodeSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => listAlignmentNodes(deps, requireActor(request), request.query),
    );
    app.get(
      '/alignment/nodes/:id',
      {
        schema: {
          tags,
          summary: 'A node with its ancestors / รายการพร้อมลำดับชั้น',
          params: uuidParams,
          response: responses({ 200: alignmentNodeDetailSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getAlignmentNode(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/alignment/nodes',
      {
        schema: {
          tags,
          summary: 'Add a node (administrators) / เพิ่มรายการ',
          body: alignmentNodeCreateSchema,
          response: responses({ 201: alignmentNodeSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) => {
        const created = await createAlignmentNode(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
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
          response: responses({ 200: alignmentNodeSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] }),
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
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
  };
}
