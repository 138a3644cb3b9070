import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { areaCodeSchema } from '../../../domain/areas/area-code.js';
import { bilingualMessage } from '../../../domain/common/bilingual.js';
import { cursorQuery } from '../../../domain/common/keyset-cursor.js';
import { needInputSchema, needUpdateSchema } from '../../../domain/needs/need.js';
import { needMergeSchema, needTransitionSchema } from '../../../domain/needs/state-machine.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { pagingQuery } from '../../../domain/common/paging.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getNeed } from './detail.js';
import { needFileRoutes } from './file-routes.js';
import { mergeNeeds } from './merge.js';
import { needFilterQuery } from './queries.js';
import { needReportRoutes } from './report-routes.js';
import { listNeeds, needListKey } from './list.js';
import { createNeed, updateNeed } from './service.js';
import { findSimilarNeeds } from './similar.js';
import { transitionNeed } from './transitions.js';

/** Needs of the people by area: record, search, screen, link, forward, merge, import and report. */
export function needRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['needs'];
    app.get(
      '/needs',
      {
        schema: {
          tags,
          summary: 'List needs / รายการปัญหาและความต้องการ',
          querystring: z.object({
            ...needFilterQuery,
            ...pagingQuery,
            cursor: cursorQuery(needListKey).optional(),
          }),
        },
      },
      (request) => listNeeds(deps, requireActor(request), request.query),
    );
    app.post(
      '/needs',
      { schema: { tags, summary: 'Record a need / บันทึกความต้องการ', body: needInputSchema } },
      async (request, reply) => {
        const created = await createNeed(deps, requireActor(request), request.body);
        return reply.status(201).header('etag', etag(created.version)).send(created);
      },
    );
    app.get(
      '/needs/similar',
      {
        schema: {
          tags,
          summary: 'Possible duplicates while typing / ความต้องการที่คล้ายกัน',
          querystring: z.object({
            title: z
              .string()
              .trim()
              .min(
                2,
                bilingualMessage('พิมพ์ชื่อเรื่องอย่างน้อย 2 ตัวอักษร', 'Type at least 2 characters of the title'),
              )
              .max(300),
            description: z.string().trim().max(5000).optional(),
            areaCode: areaCodeSchema,
            excludeId: z.uuid().optional(),
          }),
        },
      },
      (request) => findSimilarNeeds(deps, requireActor(request), request.query),
    );
    app.get(
      '/needs/:id',
      { schema: { tags, summary: 'One need with its history / รายละเอียดความต้องการ', params: uuidParams } },
      (request) => getNeed(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/needs/:id',
      {
        schema: { tags, summary: 'Edit a need / แก้ไขความต้องการ', params: uuidParams, body: needUpdateSchema },
      },
      async (request, reply) => {
        const updated = await updateNeed(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
    app.post(
      '/needs/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Change status / เปลี่ยนสถานะความต้องการ',
          params: uuidParams,
          body: needTransitionSchema,
        },
      },
      async (request, reply) => {
        const updated = await transitionNeed(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', etag(updated.version)).send(updated);
      },
    );
    app.post(
      '/needs/:id/merge',
      {
        schema: {
          tags,
          summary: 'Merge duplicates into this need / รวมความต้องการที่ซ้ำกัน',
          params: uuidParams,
          body: needMergeSchema,
        },
      },
      async (request, reply) => {
        const result = await mergeNeeds(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        );
        return reply.header('etag', etag(result.need.version)).send(result);
      },
    );
    await app.register(needFileRoutes(deps));
    await app.register(needReportRoutes(deps));
  };
}
