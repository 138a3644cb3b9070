import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import { needInputSchema, needUpdateSchema } from '../../../domain/needs/need.js';
import { needListQuery, similarNeedsQuery } from '../../../domain/needs/need-query.js';
import { similarNeedSchema } from '../../../domain/needs/need-reports.js';
import {
  needDetailSchema,
  needListSchema,
  needMergeResultSchema,
  needSchema,
} from '../../../domain/needs/need-response.js';
import { needMergeSchema, needTransitionSchema } from '../../../domain/needs/state-machine.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { etag, expectedVersion, requireActor } from '../../platform/http/context.js';
import { compiledResponse } from '../../platform/http/compiled-serialiser.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { getNeed } from './detail.js';
import { needFileRoutes } from './file-routes.js';
import { mergeNeeds } from './merge.js';
import { needReportRoutes } from './report-routes.js';
import { listNeeds } from './list.js';
import { createNeed, updateNeed } from './service.js';
import { findSimilarNeeds } from './similar.js';
import type { NeedLinkTargets } from './link-target.js';
import { transitionNeed } from './transitions.js';

/** Needs of the people by area: record, search, screen, link, forward, merge, import and report. */
export function needRoutes(deps: AppDependencies, linkTargets: NeedLinkTargets): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['needs'];
    const writeResponses = <T extends z.ZodType>(schema: T) =>
      responses({ 200: schema }, { errors: [400, 401, 403, 404, 409, 412, 428] });
    app.get(
      '/needs',
      {
        schema: {
          tags,
          summary: 'List needs / รายการปัญหาและความต้องการ',
          querystring: needListQuery,
          response: responses({ 200: compiledResponse(needListSchema) }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => listNeeds(deps, requireActor(request), request.query),
    );
    app.post(
      '/needs',
      {
        schema: {
          tags,
          summary: 'Record a need / บันทึกความต้องการ',
          body: needInputSchema,
          response: responses({ 201: needSchema }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
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
          querystring: similarNeedsQuery,
          response: responses({ 200: itemsSchema(similarNeedSchema) }, { errors: [400, 401, 403] }),
        },
      },
      (request) => findSimilarNeeds(deps, requireActor(request), request.query),
    );
    app.get(
      '/needs/:id',
      {
        schema: {
          tags,
          summary: 'One need with its history / รายละเอียดความต้องการ',
          params: uuidParams,
          response: responses({ 200: needDetailSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      (request) => getNeed(deps, requireActor(request), request.params.id),
    );
    app.patch(
      '/needs/:id',
      {
        schema: {
          tags,
          summary: 'Edit a need / แก้ไขความต้องการ',
          params: uuidParams,
          body: needUpdateSchema,
          response: writeResponses(needSchema),
        },
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
          response: writeResponses(needSchema),
        },
      },
      async (request, reply) => {
        const updated = await transitionNeed(
          deps,
          linkTargets,
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
          response: writeResponses(needMergeResultSchema),
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
