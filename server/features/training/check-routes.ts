import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  answersInputSchema,
  knowledgeCheckSchema,
  questionsInputSchema,
} from '../../../domain/training/knowledge-check.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { requireActor } from '../../platform/http/context.js';
import { recordActionRoute } from '../../platform/http/record-action-route.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { certificatePdf } from './certificate.js';
import { knowledgeCheck, setQuestions, takeCheck } from './knowledge-check.js';

const participantParams = z.object({ id: z.uuid(), userId: z.uuid() });

/** An event's knowledge check (set, taken, kept) and its participants' certificates. */
export function checkRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['training'];
    app.get(
      '/training-events/:id/check',
      {
        schema: {
          tags,
          summary: 'The knowledge check and the reader’s result / แบบทดสอบความรู้',
          params: uuidParams,
          response: responses({ 200: knowledgeCheckSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request) => knowledgeCheck(deps, requireActor(request), request.params.id),
    );
    recordActionRoute(app, 'put', {
      path: '/training-events/:id/questions',
      summary: 'Set the check’s questions / กำหนดคำถามแบบทดสอบ',
      tags,
      body: questionsInputSchema,
      result: knowledgeCheckSchema,
      act: (actor, id, body) => setQuestions(deps, actor, id, body),
    });
    recordActionRoute(app, 'post', {
      path: '/training-events/:id/check',
      summary: 'Answer the check; the score is kept / ส่งคำตอบแบบทดสอบ',
      tags,
      body: answersInputSchema,
      result: knowledgeCheckSchema,
      act: (actor, id, body) => takeCheck(deps, actor, id, body),
    });
    app.get(
      '/training-events/:id/participants/:userId/certificate',
      {
        schema: {
          tags,
          summary: 'A participant’s certificate (PDF) / เกียรติบัตรผู้เข้าอบรม',
          params: participantParams,
          response: responses(
            { 200: fileResponse('Certificate / เกียรติบัตร', MEDIA_TYPES.pdf) },
            { errors: [400, 401, 403, 404, 409] },
          ),
        },
      },
      async (request, reply) => {
        const { id, userId } = request.params;
        const { pdf, fileName } = await certificatePdf(deps, requireActor(request), id, userId);
        return reply
          .type(MEDIA_TYPES.pdf)
          .header('content-disposition', contentDisposition(fileName, 'attachment'))
          .send(pdf);
      },
    );
  };
}
