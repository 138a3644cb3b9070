import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import { citationsInputSchema, evidenceSchema } from '../../../domain/indicators/evidence.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import {
  citeIssueEvidence,
  citeNeedEvidence,
  issueEvidenceList,
  needEvidenceList,
  removeNeedEvidence,
} from './evidence-service.js';

const citationParams = z.object({ id: z.uuid(), citationId: z.uuid() });

/** Indicator evidence cited by needs and by development issues of plans. */
export function evidenceRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    // Filed under the record that cites: the need's and the plan's own permissions apply.
    const needTags = ['needs'];
    const planTags = ['plans'];
    const list = responses({ 200: itemsSchema(evidenceSchema) }, { errors: [400, 401, 403, 404] });
    const cite = responses({ 200: itemsSchema(evidenceSchema) }, { errors: [400, 401, 403, 404, 409] });
    app.get(
      '/needs/:id/evidence',
      {
        schema: {
          tags: needTags,
          summary: 'A need’s indicator evidence / หลักฐานตัวชี้วัดของความต้องการ',
          params: uuidParams,
          response: list,
        },
      },
      (request) => needEvidenceList(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/needs/:id/evidence',
      {
        schema: {
          tags: needTags,
          summary: 'Cite indicator figures on a need / อ้างอิงค่าตัวชี้วัด',
          params: uuidParams,
          body: citationsInputSchema,
          response: cite,
        },
      },
      (request) => citeNeedEvidence(deps, requireActor(request), request.params.id, request.body.citations),
    );
    app.delete(
      '/needs/:id/evidence/:citationId',
      {
        schema: {
          tags: needTags,
          summary: 'Remove a citation from a need / ลบการอ้างอิง',
          params: citationParams,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        await removeNeedEvidence(deps, requireActor(request), request.params.id, request.params.citationId);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/plan-issues/:id/evidence',
      {
        schema: {
          tags: planTags,
          summary: 'A development issue’s evidence / หลักฐานของประเด็นการพัฒนา',
          params: uuidParams,
          response: list,
        },
      },
      (request) => issueEvidenceList(deps, requireActor(request), request.params.id),
    );
    app.post(
      '/plan-issues/:id/evidence',
      {
        schema: {
          tags: planTags,
          summary: 'Cite indicator figures on a development issue / อ้างอิงค่าตัวชี้วัดในประเด็นการพัฒนา',
          params: uuidParams,
          body: citationsInputSchema,
          response: cite,
        },
      },
      (request) => citeIssueEvidence(deps, requireActor(request), request.params.id, request.body.citations),
    );
  };
}
