import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobStartedSchema } from '../../../../domain/jobs/job.js';
import { PLAN_SHEETS, planPdfOptionsSchema } from '../../../../domain/plans/outputs.js';
import type { AppDependencies } from '../../../platform/dependencies.js';
import { requireActor } from '../../../platform/http/context.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../../platform/http/responses.js';
import { uuidParams } from '../../../platform/http/schemas.js';
import { closeSharedBrowser } from '../../../platform/pdf/browser.js';
import { OPERATION_ERRORS } from '../../../platform/http/versioned-routes.js';
import { contentDisposition, downloadStoredFile } from '../../../platform/files/stored-files.js';
import { exportPlanSheet, startPlanPdf, startPlanSheetImport } from './service.js';
import { sendAttachment } from '../../../platform/http/file-reply.js';

const SUMMARIES = {
  kpis: {
    export: 'KPIs and targets as Excel / ส่งออกตัวชี้วัดและค่าเป้าหมาย',
    import: 'Import KPI targets (xlsx) as a job / นำเข้าค่าเป้าหมาย',
  },
  items: {
    export: 'Project-set list as Excel / ส่งออกบัญชีรายการชุดโครงการ',
    import: 'Import project-set items (xlsx) as a job / นำเข้าบัญชีรายการชุดโครงการ',
  },
};

/** Plan outputs: the official PDF (a job), Excel export and import of KPIs and project-set items, downloads. */
export function planOutputRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plan outputs'];
    const params = uuidParams;
    // The PDF browser is launched on first use and lives as long as the app.
    app.addHook('onClose', () => closeSharedBrowser());

    app.post(
      '/plan-versions/:id/pdf',
      {
        schema: {
          tags,
          summary: 'Produce the plan PDF as a job / สร้างเอกสารแผน (PDF)',
          params,
          body: planPdfOptionsSchema.nullish(),
          response: responses({ 202: jobStartedSchema }, { errors: OPERATION_ERRORS.read }),
        },
      },
      async (request, reply) => {
        const job = await startPlanPdf(
          deps,
          requireActor(request),
          request.params.id,
          planPdfOptionsSchema.parse(request.body ?? {}),
        );
        return reply.status(202).send({ job });
      },
    );
    for (const which of PLAN_SHEETS) {
      app.get(
        `/plan-versions/:id/${which}.xlsx`,
        {
          schema: {
            tags,
            summary: SUMMARIES[which].export,
            params,
            response: responses(
              { 200: fileResponse('The workbook / ไฟล์ Excel', MEDIA_TYPES.xlsx) },
              { errors: OPERATION_ERRORS.read },
            ),
          },
        },
        async (request, reply) => {
          const sheet = await exportPlanSheet(deps, requireActor(request), request.params.id, which);
          return reply
            .type(MEDIA_TYPES.xlsx)
            .header('content-disposition', contentDisposition(sheet.fileName))
            .send(sheet.content);
        },
      );
      app.post(
        `/plan-versions/:id/${which}/import`,
        {
          schema: {
            tags,
            summary: SUMMARIES[which].import,
            params,
            response: responses(
              { 202: jobStartedSchema },
              {
                errors: [...OPERATION_ERRORS.create, 413, 415],
              },
            ),
          },
        },
        async (request, reply) => {
          const job = await startPlanSheetImport(
            deps,
            requireActor(request),
            request.params.id,
            which,
            request,
          );
          return reply.status(202).send({ job });
        },
      );
    }
    app.get(
      '/files/:id',
      {
        schema: {
          tags,
          summary: 'Download a file you produced / ดาวน์โหลดไฟล์',
          params,
          response: responses(
            { 200: fileResponse('The stored file (the plan PDF) / ไฟล์ที่สร้างไว้', MEDIA_TYPES.pdf) },
            { errors: OPERATION_ERRORS.read },
          ),
        },
      },
      async (request, reply) => {
        const file = await downloadStoredFile(deps, requireActor(request), request.params.id);
        return sendAttachment(reply, file);
      },
    );
  };
}
