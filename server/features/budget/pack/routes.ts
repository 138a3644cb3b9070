import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { explanationPackRequestSchema } from '../../../../domain/budget/pack-request.js';
import { jobStartedSchema } from '../../../../domain/jobs/job.js';
import type { AppDependencies } from '../../../platform/dependencies.js';
import { requireActor } from '../../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../../platform/http/responses.js';
import { uuidParams } from '../../../platform/http/schemas.js';
import { closeSharedBrowser } from '../../../platform/pdf/browser.js';
import { downloadPackFile, startExplanationPack } from './service.js';
import { sendAttachment } from '../../../platform/http/file-reply.js';

/** The budget explanation pack: produce it as a job for a province or cluster, download its PDF and workbook. */
export function explanationPackRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['explanation pack'];
    app.addHook('onClose', () => closeSharedBrowser());

    app.post(
      '/explanation-packs',
      {
        schema: {
          tags,
          summary:
            'Produce the budget explanation pack (PDF + Excel) as a job / สร้างเอกสารประกอบการชี้แจงงบประมาณ',
          body: explanationPackRequestSchema,
          response: responses({ 202: jobStartedSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request, reply) => {
        const job = await startExplanationPack(deps, requireActor(request), request.body);
        return reply.status(202).send({ job });
      },
    );
    for (const which of ['pdf', 'xlsx'] as const) {
      app.get(
        `/explanation-packs/:id/${which}`,
        {
          schema: {
            tags,
            summary: `Download the pack's ${which === 'pdf' ? 'PDF' : 'workbook'} / ดาวน์โหลดเอกสาร (${which})`,
            params: uuidParams,
            response: responses(
              { 200: fileResponse(`The pack as ${which} / เอกสาร`, MEDIA_TYPES[which]) },
              { errors: [400, 401, 403, 404] },
            ),
          },
        },
        async (request, reply) => {
          const file = await downloadPackFile(deps, requireActor(request), request.params.id, which);
          return sendAttachment(reply, file);
        },
      );
    }
  };
}
