// Builds the web app into dist/web with Vite, then writes brotli (.br) and gzip (.gz) copies beside
// every compressible file so the server sends them without compressing per request.
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { build } from 'vite';
import { simplifyGeoJsonFiles } from './geojson.mjs';

const outDir = join('dist', 'web');
/** Fonts (woff/woff2) and images are compressed already. */
const compressible = new Set(['.js', '.css', '.html', '.json', '.svg', '.txt', '.map']);
/** Below one network packet compression saves nothing worth a second file. */
const smallestWorthCompressing = 1024;

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Runs on the libuv thread pool, so files compress in parallel. */
async function compressBeside(path) {
  const body = await readFile(path);
  const brotli = await brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  const gzipped = await gzipAsync(body, { level: constants.Z_BEST_COMPRESSION });
  await writeFile(`${path}.br`, brotli);
  await writeFile(`${path}.gz`, gzipped);
  return { raw: body.length, brotli: brotli.length };
}

export async function precompress(dir) {
  const paths = readdirSync(dir, { recursive: true })
    .map((name) => join(dir, String(name)))
    .filter((path) => compressible.has(extname(path)) && statSync(path).size >= smallestWorthCompressing);
  const sizes = await Promise.all(paths.map(compressBeside));
  return {
    files: sizes.length,
    raw: sizes.reduce((sum, size) => sum + size.raw, 0),
    brotli: sizes.reduce((sum, size) => sum + size.brotli, 0),
  };
}

export async function buildWeb() {
  await build({ logLevel: 'warn' });
  const geo = simplifyGeoJsonFiles(outDir);
  const { files, raw, brotli } = await precompress(outDir);
  const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;
  console.info(`${outDir}: map outlines ${kib(geo.before)} → ${kib(geo.after)} simplified`);
  console.info(`${outDir}: ${files} files precompressed, ${kib(raw)} → ${kib(brotli)} brotli`);
}
