import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { itemsSchema } from '../../../domain/common/paging.js';
import { trainingEventSchema, untrainedSchema } from '../../../domain/training/responses.js';
import {
  participantsInputSchema,
  trainingEventInputSchema,
  trainingProvinceParams,
} from '../../../domain/training/training-input.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { createTrainingEvent, listTrainingEvents, setParticipants, untrainedIn } from './service.js';

/** Training events with participants and attendance, and untrained roles per province. */
export function trainingRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['training'];
    app.get(
      '/training-events',
      {
        schema: {
          tags,
          summary: 'Training events / การอบรมพัฒนาบุคลากร',
          response: responses({ 200: itemsSchema(trainingEventSchema) }, { errors: [401, 403] }),
        },
      },
      async (request) => listTrainingEvents(deps, requireActor(request)),
    );
    app.post(
      '/training-events',
      {
        schema: {
          tags,
          summary: 'Record a training event / บันทึกการอบรม',
          body: trainingEventInputSchema,
          response: responses({ 201: trainingEventSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request, reply) =>
        reply.status(201).send(await createTrainingEvent(deps, requireActor(request), request.body)),
    );
    app.put(
      '/training-events/:id/participants',
      {
        schema: {
          tags,
          summary: 'Participants and attendance / ผู้เข้าอบรมและการเข้าร่วม',
          params: uuidParams,
          body: participantsInputSchema,
          response: responses({ 200: trainingEventSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request) => setParticipants(deps, requireActor(request), request.params.id, request.body),
    );
    app.get(
      '/training/untrained/:provinceCode',
      {
        schema: {
          tags,
          summary: 'Roles of a province with nobody trained, by topic / บทบาทที่ยังไม่มีผู้ผ่านการอบรม',
          params: trainingProvinceParams,
          response: responses({ 200: untrainedSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => untrainedIn(deps, requireActor(request), request.params.provinceCode),
    );
  };
}
