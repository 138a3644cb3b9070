import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  evidenceQuery,
  outputActualsInputSchema,
  progressInputSchema,
  resultsSummaryQuery,
} from '../../../domain/results/results-input.js';
import { projectResultsSchema, resultsSummarySchema } from '../../../domain/results/results-response.js';
import { goldenThreadSchema } from '../../../domain/results/thread.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, noContent, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { readSingleUpload } from '../../platform/http/upload.js';
import { optionalVersion } from '../../platform/http/versions.js';
import { attachResultEvidence, deleteResultEvidence, downloadResultEvidence } from './evidence.js';
import { putOutputActuals } from './outputs.js';
import { putProgress } from './progress.js';
import { resultsSummary } from './summary.js';
import { assetThread, projectThread } from './thread.js';
import { getProjectResults } from './view.js';
import { sendAttachment, sendPreview } from '../../platform/http/file-reply.js';

const evidenceParams = z.object({ id: z.uuid(), evidenceId: z.uuid() });

/** A project's results (progress, output values, evidence) and the per-province summary. */
export function resultsRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['results'];
    const results = responses({ 200: projectResultsSchema }, { errors: [400, 401, 403, 404, 409, 412, 428] });
    app.get(
      '/results/summary',
      {
        schema: {
          tags,
          summary: 'Progress and achievement per province / สรุปผลการดำเนินงานรายจังหวัด',
          querystring: resultsSummaryQuery,
          response: responses({ 200: resultsSummarySchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => resultsSummary(deps, requireActor(request), request.query),
    );
    app.get(
      '/results/projects/:id',
      {
        schema: {
          tags,
          summary: 'A project’s progress and output results / ผลการดำเนินงานของโครงการ',
          params: uuidParams,
          response: responses({ 200: projectResultsSchema }, { errors: [400, 401, 403, 404] }),
        },
      },
      async (request) => getProjectResults(deps, requireActor(request), request.params.id),
    );
    const thread = responses({ 200: goldenThreadSchema }, { errors: [400, 401, 403, 404] });
    app.get(
      '/results/thread/projects/:id',
      {
        schema: {
          tags,
          summary: 'From a project to its needs, plan, money, results and assets / เส้นทางโครงการ',
          params: uuidParams,
          response: thread,
        },
      },
      async (request) => projectThread(deps, requireActor(request), request.params.id),
    );
    app.get(
      '/results/thread/assets/:id',
      {
        schema: {
          tags,
          summary: 'From an asset back to its project, plan and needs / เส้นทางทรัพย์สินย้อนกลับ',
          params: uuidParams,
          response: thread,
        },
      },
      async (request) => assetThread(deps, requireActor(request), request.params.id),
    );
    app.put(
      '/results/projects/:id/progress',
      {
        schema: {
          tags,
          summary: 'Report a quarter’s physical progress / รายงานความก้าวหน้ารายไตรมาส',
          params: uuidParams,
          body: progressInputSchema,
          response: results,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { version, ...input } = request.body;
        await putProgress(deps, actor, request.params.id, optionalVersion(request, version), input);
        return getProjectResults(deps, actor, request.params.id);
      },
    );
    app.put(
      '/results/projects/:id/outputs',
      {
        schema: {
          tags,
          summary: 'Report output and outcome values / รายงานผลผลิตและผลลัพธ์',
          params: uuidParams,
          body: outputActualsInputSchema,
          response: results,
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await putOutputActuals(deps, actor, request.params.id, request.body);
        return getProjectResults(deps, actor, request.params.id);
      },
    );
    app.post(
      '/results/projects/:id/evidence',
      {
        schema: {
          tags,
          summary: 'Attach a photo or document to a progress report / แนบภาพถ่ายหรือเอกสารหลักฐาน',
          params: uuidParams,
          querystring: evidenceQuery,
          consumes: ['multipart/form-data'],
          response: responses({ 201: projectResultsSchema }, { errors: [400, 401, 403, 404, 409, 413, 415] }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        await attachResultEvidence(deps, actor, request.params.id, request.query, () =>
          readSingleUpload(request, {
            th: 'กรุณาแนบภาพถ่ายหรือไฟล์ PDF ในช่อง file',
            en: 'Attach the photo or PDF in the "file" field',
          }),
        );
        return reply.status(201).send(await getProjectResults(deps, actor, request.params.id));
      },
    );
    app.get(
      '/results/projects/:id/result-files/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Download result evidence / ดาวน์โหลดหลักฐานผลการดำเนินงาน',
          params: evidenceParams,
          response: responses(
            { 200: fileResponse('The evidence file / ไฟล์หลักฐาน', MEDIA_TYPES.octetStream) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const { id, evidenceId } = request.params;
        const file = await downloadResultEvidence(deps, requireActor(request), id, evidenceId);
        return sendAttachment(reply, file);
      },
    );
    app.get(
      '/results/projects/:id/result-files/:evidenceId/thumbnail',
      {
        schema: {
          tags,
          summary: 'A photo’s preview (WebP) / ภาพย่อของภาพถ่ายหลักฐาน',
          params: evidenceParams,
          response: responses(
            { 200: fileResponse('The preview / ภาพย่อ', MEDIA_TYPES.octetStream) },
            { errors: [400, 401, 403, 404] },
          ),
        },
      },
      async (request, reply) => {
        const { id, evidenceId } = request.params;
        const file = await downloadResultEvidence(deps, requireActor(request), id, evidenceId, 'thumbnail');
        return sendPreview(reply, file);
      },
    );
    app.delete(
      '/results/projects/:id/result-files/:evidenceId',
      {
        schema: {
          tags,
          summary: 'Remove result evidence / ลบหลักฐานผลการดำเนินงาน',
          params: evidenceParams,
          response: responses({ 204: noContent }, { errors: [400, 401, 403, 404, 409] }),
        },
      },
      async (request, reply) => {
        const { id, evidenceId } = request.params;
        await deleteResultEvidence(deps, requireActor(request), id, evidenceId);
        return reply.status(204).send(null);
      },
    );
  };
}
