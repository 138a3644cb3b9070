import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PhotoPhase } from '../../../domain/results/evidence.js';
import { portalPhotoParams } from '../../../domain/portal/query.js';
import { stripPhotoMetadata, type PortalPhotoType } from '../../../domain/portal/strip-metadata.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { selectRows, type Tx } from '../../platform/db/client.js';
import { fileResponse, responses } from '../../platform/http/responses.js';
import { inPublicReadTransaction, sendCached } from '../open-data/public.js';
import { notFoundView } from './pages/layout.js';

/** A result photo of a published project as its page lists it: what it shows and when, no person. */
export type PortalPhoto = {
  id: string;
  fiscalYear: number;
  quarter: number;
  phase: PhotoPhase | null;
  caption: string | null;
};

// A project page shows at most this many photos, the latest quarters first.
const PHOTOS_PER_PAGE = 24;

export function projectPhotos(tx: Tx, projectId: string): Promise<PortalPhoto[]> {
  return selectRows<PortalPhoto>(
    tx,
    sql`select id, fiscal_year as "fiscalYear", quarter, phase, caption from open_result_photos
    where project_id = ${projectId} order by fiscal_year desc, quarter desc, uploaded_at, id
    limit ${PHOTOS_PER_PAGE}`,
  );
}

/**
 * The photo's preview (WebP, never the full-size original) without metadata, or null when it is not a
 * published project's photo.
 */
async function publicPhoto(deps: DatabaseDeps, id: string) {
  const [photo] = await inPublicReadTransaction(deps.database, (tx) =>
    selectRows<{ mimeType: PortalPhotoType; content: Buffer }>(
      tx,
      sql`select mime_type as "mimeType", content from open_result_photos where id = ${id}`,
    ),
  );
  // The preview carries no metadata when made; stripping again keeps that true whatever made it.
  const stripped = photo ? stripPhotoMetadata(photo.content, photo.mimeType) : null;
  // Bytes that cannot be stripped whole are not served at all.
  return photo && stripped ? { mimeType: photo.mimeType, content: Buffer.from(stripped) } : null;
}

/** GET /portal/photos/:id — a result photo's preview of a published project, metadata stripped. */
export function photoRoutes(deps: DatabaseDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/portal/photos/:id',
      {
        schema: {
          tags: ['portal'],
          summary: 'A result photo of a published project / ภาพผลการดำเนินงาน',
          params: portalPhotoParams,
          response: responses(
            {
              200: fileResponse('The photo’s preview without metadata / ภาพถ่ายขนาดย่อ', 'image/webp'),
            },
            { errors: [400, 404] },
          ),
        },
      },
      async (request, reply) => {
        const photo = await publicPhoto(deps, request.params.id);
        return photo
          ? sendCached(request, reply, photo.content, photo.mimeType)
          : reply.code(404).type('text/html; charset=utf-8').send(notFoundView('th'));
      },
    );
  };
}
