import { existsSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Vite names every file under assets/ by its content hash: a changed file gets a new name. */
export const HASHED_ASSET_CACHE = 'public, max-age=31536000, immutable';
/** index.html and unhashed files: the browser revalidates (ETag) so a new build shows at once. */
export const REVALIDATE_CACHE = 'no-cache';

const assetsFolder = `${sep}assets${sep}`;
/** What Vite writes: a file name with an extension as the last path segment. */
const BUILT_FILE = /\/[^/]*\.[^/]*$/;

function setCacheControl(reply: FastifyReply, path: string): void {
  reply.header('cache-control', path.includes(assetsFolder) ? HASHED_ASSET_CACHE : REVALIDATE_CACHE);
}

/**
 * Serves the built SPA from `webDir` (dist/web): the .br/.gz files written at build time when the
 * browser accepts them, long-lived caching for hashed assets, and index.html for client-side routes.
 */
export function registerWebApp(app: FastifyInstance, webDir: string): void {
  if (!existsSync(join(webDir, 'index.html'))) {
    return;
  }
  void app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: setCacheControl,
  });
  app.get('/*', { schema: { hide: true } }, (request, reply) => {
    // A missing API route or built file is a 404, never the app's HTML. /assets/<id> without a file
    // extension is the app's asset page (a link or a reload lands there), not a file of the build.
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || (path.startsWith('/assets/') && BUILT_FILE.test(path))) {
      return reply.callNotFound();
    }
    return reply.sendFile('index.html');
  });
}
