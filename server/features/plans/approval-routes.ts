import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { transitionSchema } from '../../../domain/approvals/schemas.js';
import { changeReasonSchema, reviewCreateSchema } from '../../../domain/plans/plan-input.js';
import { versionDiffQuery } from '../../../domain/plans/plan-query.js';
import {
  changeReasonSavedSchema,
  transitionResultSchema,
  versionDiffResponseSchema,
  versionSummarySchema,
} from '../../../domain/plans/responses.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor, etag } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { optionalVersion } from '../../platform/http/versions.js';
import { OPERATION_ERRORS } from '../../platform/http/versioned-routes.js';
import { createReview, getVersionDiff, putChangeReason } from './review-service.js';
import { transitionVersion } from './transition-service.js';

/** Reviews (ฉบับทบทวน) with their diff and reasons, and moves along the shared approval chain. */
export function approvalRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plans'];
    const params = uuidParams;
    app.post(
      '/plans/:id/reviews',
      {
        schema: {
          tags,
          summary: 'Start the review (ฉบับทบทวน) for a fiscal year',
          params,
          body: reviewCreateSchema,
          response: responses({ 201: versionSummarySchema }, { errors: OPERATION_ERRORS.create }),
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(await createReview(deps, requireActor(request), request.params.id, request.body.fiscalYear)),
    );
    app.get(
      '/plan-versions/:id/diff',
      {
        schema: {
          tags,
          summary: 'Changes against another version (default: the base) / การเปลี่ยนแปลงเทียบกับฉบับก่อน',
          params,
          querystring: versionDiffQuery,
          response: responses({ 200: versionDiffResponseSchema }, { errors: OPERATION_ERRORS.read }),
        },
      },
      (request) => getVersionDiff(deps, requireActor(request), request.params.id, request.query.against),
    );
    app.put(
      '/plan-versions/:id/change-reasons',
      {
        schema: {
          tags,
          summary: 'Give the reason for one change of a review / ระบุเหตุผลของการเปลี่ยนแปลง',
          params,
          body: changeReasonSchema,
          response: responses({ 200: changeReasonSavedSchema }, { errors: OPERATION_ERRORS.edit }),
        },
      },
      async (request) => {
        const { version, ...input } = request.body;
        return putChangeReason(
          deps,
          requireActor(request),
          request.params.id,
          optionalVersion(request, version),
          input,
        );
      },
    );
    app.post(
      '/plan-versions/:id/transitions',
      {
        schema: {
          tags,
          summary: 'Take an approval step / ส่ง อนุมัติ หรือส่งกลับแก้ไข',
          params,
          body: transitionSchema,
          response: responses({ 200: transitionResultSchema }, { errors: OPERATION_ERRORS.edit }),
        },
      },
      async (request, reply) => {
        const { version, ...input } = request.body;
        const result = await transitionVersion(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, version),
          input,
        );
        return reply.header('etag', etag(result.version.version)).send(result);
      },
    );
  };
}
