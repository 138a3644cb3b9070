import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDependencies } from '../../../platform/dependencies.js';
import { requireActor } from '../../../platform/http/context.js';
import { uuidParams } from '../../../platform/http/schemas.js';
import { closeSharedBrowser } from '../../../platform/pdf/browser.js';
import { contentDisposition, downloadStoredFile, XLSX_TYPE } from './files.js';
import { planPdfOptionsSchema } from './pdf-job.js';
import { exportPlanSheet, startPlanPdf, startPlanSheetImport } from './service.js';

/** Plan outputs: the official PDF (a job), Excel export and import of KPIs and project-set items, downloads. */
export function planOutputRoutes(deps: AppDependencies): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['plan outputs'];
    // The PDF browser is launched on first use and lives as long as the app.
    app.addHook('onClose', () => closeSharedBrowser());

    app.post(
      '/plan-versions/:id/pdf',
      {
        schema: {
          tags,
          summary: 'Produce the plan PDF as a job / สร้างเอกสารแผน (PDF)',
          params: uuidParams,
          body: planPdfOptionsSchema.nullish(),
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
    for (const which of ['kpis', 'items'] as const) {
      app.get(
        `/plan-versions/:id/${which}.xlsx`,
        {
          schema: {
            tags,
            summary:
              which === 'kpis'
                ? 'KPIs and targets as Excel / ส่งออกตัวชี้วัดและค่าเป้าหมาย'
                : 'Project-set list as Excel / ส่งออกบัญชีรายการชุดโครงการ',
            params: uuidParams,
          },
        },
        async (request, reply) => {
          const sheet = await exportPlanSheet(deps, requireActor(request), request.params.id, which);
          return reply
            .type(XLSX_TYPE)
            .header('content-disposition', contentDisposition(sheet.fileName))
            .send(sheet.content);
        },
      );
      app.post(
        `/plan-versions/:id/${which}/import`,
        {
          schema: {
            tags,
            summary:
              which === 'kpis'
                ? 'Import KPI targets (xlsx) as a job / นำเข้าค่าเป้าหมาย'
                : 'Import project-set items (xlsx) as a job / นำเข้าบัญชีรายการชุดโครงการ',
            params: uuidParams,
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
      { schema: { tags, summary: 'Download a file you produced / ดาวน์โหลดไฟล์', params: uuidParams } },
      async (request, reply) => {
        const file = await downloadStoredFile(deps, requireActor(request), request.params.id);
        return reply
          .type(file.mimeType)
          .header('content-disposition', contentDisposition(file.fileName))
          .send(file.content);
      },
    );
  };
}
