import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  personalExportInputSchema,
  reasonInputSchema,
  retentionInputSchema,
  subjectAccessInputSchema,
} from '../../../domain/households/household-input.js';
import {
  clearMemberSchema,
  retentionSettingsSchema,
  retentionUpdateSchema,
  subjectAccessReportSchema,
} from '../../../domain/households/household-response.js';
import { jobStartedSchema } from '../../../domain/jobs/job.js';
import type { AppDependencies } from '../../platform/dependencies.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { requireActor } from '../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { uuidParams } from '../../platform/http/schemas.js';
import { exportPersonal } from './export.js';
import { subjectAccessReport, unmaskMember } from './personal.js';
import { getRetention, putRetention, startPurge } from './retention.js';

/** Personal data under PDPA: unmasking, the personal export, subject access, retention. */
export function householdPersonalRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['households'];
    app.post(
      '/household-members/:id/unmask',
      {
        schema: {
          tags,
          summary: 'Show a member’s id and name, with a reason (audited) / เปิดดูเลขประจำตัวและชื่อ',
          params: uuidParams,
          body: reasonInputSchema,
          response: responses({ 200: clearMemberSchema }, { errors: [400, 401, 403, 404, 409, 503] }),
        },
      },
      async (request) => unmaskMember(deps, requireActor(request), request.params.id, request.body),
    );
    app.post(
      '/households/export-personal',
      {
        schema: {
          tags,
          summary: 'Export members with personal fields, with a reason (audited) / ส่งออกข้อมูลส่วนบุคคล',
          body: personalExportInputSchema,
          response: responses(
            { 200: fileResponse('Excel workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
            { errors: [400, 401, 403, 503] },
          ),
        },
      },
      async (request, reply) => {
        const workbook = await exportPersonal(deps, requireActor(request), request.body);
        return reply
          .type(MEDIA_TYPES.xlsx)
          .header('content-disposition', contentDisposition('household-members.xlsx'))
          .send(workbook);
      },
    );
    app.post(
      '/households/subject-access',
      {
        schema: {
          tags,
          summary: 'Subject-access report for one person / รายงานข้อมูลของเจ้าของข้อมูล',
          body: subjectAccessInputSchema,
          response: responses({ 200: subjectAccessReportSchema }, { errors: [400, 401, 403, 503] }),
        },
      },
      async (request) => subjectAccessReport(deps, requireActor(request), request.body),
    );
    app.get(
      '/household-settings',
      {
        schema: {
          tags,
          summary: 'Retention of personal data / ระยะเวลาเก็บข้อมูลส่วนบุคคล',
          response: responses({ 200: retentionSettingsSchema }, { errors: [401, 403] }),
        },
      },
      async (request) => getRetention(deps, requireActor(request)),
    );
    app.put(
      '/household-settings',
      {
        schema: {
          tags,
          summary: 'Set the retention period and purge / ตั้งระยะเวลาเก็บข้อมูลส่วนบุคคล',
          body: retentionInputSchema,
          response: responses({ 200: retentionUpdateSchema }, { errors: [400, 401, 403] }),
        },
      },
      async (request) => putRetention(deps, requireActor(request), request.body),
    );
    app.post(
      '/household-settings/purge',
      {
        schema: {
          tags,
          summary: 'Erase personal data past the retention period now / ลบข้อมูลที่พ้นระยะเก็บรักษา',
          response: responses({ 202: jobStartedSchema }, { errors: [401, 403] }),
        },
      },
      async (request, reply) => reply.status(202).send(await startPurge(deps, requireActor(request))),
    );
  };
}
