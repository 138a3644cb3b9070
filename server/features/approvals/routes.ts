import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  approvalStepListSchema,
  approvalStepRowSchema,
  approvalStepsQuery,
  approvalStepUpdateSchema,
} from '../../../domain/approvals/schemas.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { expectedVersion, requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { listApprovalSteps, updateApprovalStep } from './step-service.js';

/** The approval chains as data: every document type's steps, relabelled by administrators. */
export function approvalRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['approvals'];
    app.get(
      '/approval-steps',
      {
        schema: {
          tags,
          summary: 'The approval chain of a document type by scope / ขั้นตอนการอนุมัติ',
          querystring: approvalStepsQuery,
          response: responses({ 200: approvalStepListSchema }, { errors: [400, 401, 403] }),
        },
      },
      (request) =>
        listApprovalSteps(deps, requireActor(request), request.query.documentType, request.query.scope),
    );
    app.patch(
      '/approval-steps/:id',
      {
        schema: {
          tags,
          summary: 'Relabel a step or change its roles (administrators) / แก้ไขขั้นตอนการอนุมัติ',
          params: uuidParams,
          body: approvalStepUpdateSchema,
          response: responses(
            { 200: approvalStepRowSchema },
            { errors: [400, 401, 403, 404, 409, 412, 428] },
          ),
        },
      },
      async (request) =>
        updateApprovalStep(
          deps,
          requireActor(request),
          request.params.id,
          expectedVersion(request, request.body.version),
          request.body,
        ),
    );
  };
}
