import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { portalPlanParams } from '../../../domain/portal/query.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { selectRows } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { contentDisposition } from '../../platform/files/stored-files.js';
import { fileResponse, MEDIA_TYPES, responses } from '../../platform/http/responses.js';
import { evidenceOfPlanIssues } from '../indicators/public.js';
import { inPublicReadTransaction, sendCached } from '../open-data/public.js';
import { publicPlanPdf } from '../plans/public.js';
import { notFoundView } from './pages/layout.js';
import { planPage } from './reads.js';
import { portalPlanDocuments } from './tables.js';

type PlanPdf = { fileName: string; content: Buffer };

// Renders under way, so readers arriving together for a version not yet kept share one render.
const rendering = new Map<string, Promise<PlanPdf>>();

async function renderAndKeep(deps: DatabaseDeps, versionId: string): Promise<PlanPdf> {
  const pdf = await publicPlanPdf(deps.database, versionId, evidenceOfPlanIssues);
  await inSystemTransaction(deps.database, (tx) =>
    tx
      .insert(portalPlanDocuments)
      .values({ planVersionId: versionId, ...pdf })
      .onConflictDoNothing(),
  );
  return pdf;
}

/** A published version's PDF: the kept copy, else rendered once and kept; null when not published. */
async function publishedPlanPdf(deps: DatabaseDeps, versionId: string): Promise<PlanPdf | null> {
  const [kept] = await inPublicReadTransaction(deps.database, (tx) =>
    selectRows<PlanPdf>(
      tx,
      sql`select file_name as "fileName", content from open_plan_documents where plan_version_id = ${versionId}`,
    ),
  );
  if (kept) {
    return kept;
  }
  if (!(await planPage(deps, versionId))) {
    return null;
  }
  const pending =
    rendering.get(versionId) ?? renderAndKeep(deps, versionId).finally(() => rendering.delete(versionId));
  rendering.set(versionId, pending);
  return pending;
}

/** GET /portal/plans/:id/plan.pdf — the official document of a published plan version. */
export function planPdfRoutes(deps: DatabaseDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/portal/plans/:id/plan.pdf',
      {
        schema: {
          tags: ['portal'],
          summary: 'A published plan as its official PDF / เอกสารแผนพัฒนาที่ประกาศใช้',
          params: portalPlanParams,
          response: responses(
            { 200: fileResponse('The plan document / เอกสารแผน', MEDIA_TYPES.pdf) },
            { errors: [400, 404] },
          ),
        },
      },
      async (request, reply) => {
        const pdf = await publishedPlanPdf(deps, request.params.id);
        if (!pdf) {
          return reply.code(404).type('text/html; charset=utf-8').send(notFoundView('th'));
        }
        reply.header('content-disposition', contentDisposition(pdf.fileName, 'inline'));
        return sendCached(request, reply, pdf.content, MEDIA_TYPES.pdf);
      },
    );
  };
}
