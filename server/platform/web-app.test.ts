import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HASHED_ASSET_CACHE, REVALIDATE_CACHE, registerWebApp } from './web-app.js';

const script = 'console.info("AreaPlan");'.repeat(100);
const page = '<!doctype html><title>AreaPlan</title><script src="/assets/index-abc123.js"></script>';

let webDir: string;
let app: FastifyInstance;

/** A built web app in miniature, as scripts/build/web.mjs leaves dist/web. */
function writeFakeBuild(dir: string): void {
  mkdirSync(join(dir, 'assets'));
  const files = { 'index.html': page, 'assets/index-abc123.js': script };
  for (const [name, body] of Object.entries(files)) {
    writeFileSync(join(dir, name), body);
    writeFileSync(join(dir, `${name}.br`), brotliCompressSync(body));
    writeFileSync(join(dir, `${name}.gz`), gzipSync(body));
  }
}

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'areaplan-web-'));
  writeFakeBuild(webDir);
  app = Fastify();
  registerWebApp(app, webDir);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  rmSync(webDir, { recursive: true, force: true });
});

describe('serving the built web app', () => {
  it('sends the brotli file with immutable caching for a hashed asset when the browser accepts br', async () => {
    const response = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it('falls back to gzip, then to the plain file, as the browser accepts less', async () => {
    const gzipped = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      url: '/assets/index-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe(HASHED_ASSET_CACHE);
  });

  it('makes the browser revalidate index.html, also when it answers a client-side route', async () => {
    // /assets/<id> is also the app's asset page, which a link or a reload opens directly.
    for (const url of ['/', '/index.html', '/needs/42', '/assets/a1b4cfd0-45b7-4d4f-8a95-821fb36bc51a']) {
      const response = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe(REVALIDATE_CACHE);
      expect(response.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });

  it('answers 404 for a missing asset or API route instead of the HTML page', async () => {
    for (const url of ['/assets/index-gone000.js', '/assets/index-gone000.js?v=1', '/api/v1/nothing-here']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});
