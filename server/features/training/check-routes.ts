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
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { certificatePdf } from './certificate.js';
import { knowledgeCheck, setQuestions, takeCheck } from './knowledge-check.js';

const participantParams = z.object({ id: z.uuid(), userId: z.uuid() });

/** An event's knowledge check (set, taken, kept) and its participants' certificates. */
export function checkRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['training'];
    const errors = { errors: [400, 401, 403, 404, 409] as const };
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
    app.put(
      '/training-events/:id/questions',
      {
        schema: {
          tags,
          summary: 'Set the check’s questions / กำหนดคำถามแบบทดสอบ',
          params: uuidParams,
          body: questionsInputSchema,
          response: responses({ 200: knowledgeCheckSchema }, errors),
        },
      },
      async (request) => setQuestions(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      '/training-events/:id/check',
      {
        schema: {
          tags,
          summary: 'Answer the check; the score is kept / ส่งคำตอบแบบทดสอบ',
          params: uuidParams,
          body: answersInputSchema,
          response: responses({ 200: knowledgeCheckSchema }, errors),
        },
      },
      async (request) => takeCheck(deps, requireActor(request), request.params.id, request.body),
    );
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
