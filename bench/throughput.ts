// List throughput under load (autocannon) beside a bare Fastify hello-world in the same run.
import autocannon from 'autocannon';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';

async function requestsPerSecond(url: string, seconds: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers });
  return { rps: result.requests.average, p95: result.latency.p97_5, errors: result.errors + result.non2xx };
}

/** Markdown lines: req/s of the needs list (planner, first page) and of bare Fastify. */
export async function throughputRows(app: FastifyInstance, cookie: string, seconds: number): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const list = await requestsPerSecond(`${address}/api/v1/needs?limit=50`, seconds, { cookie });
  const bare = Fastify();
  bare.get('/hello', async () => ({ hello: 'world' }));
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
  const hello = await requestsPerSecond(`${bareAddress}/hello`, seconds);
  await bare.close();
  const share = (list.rps / hello.rps) * 100;
  return [
    '| Throughput (10 connections) | req/s | latency p97.5 ms | errors |',
    '| --- | ---: | ---: | ---: |',
    `| GET /api/v1/needs?limit=50 (planner) | ${list.rps.toFixed(0)} | ${list.p95} | ${list.errors} |`,
    `| bare Fastify hello-world | ${hello.rps.toFixed(0)} | ${hello.p95} | ${hello.errors} |`,
    `| list as share of bare (goal ≥ 40 %) | ${share.toFixed(1)} % | | |`,
  ].join('\n');
}
