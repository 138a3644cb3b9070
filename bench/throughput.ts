// List throughput under load (autocannon) beside bare Fastify routes in the same run: hello-world, a
// database round trip (`select 1`), and the list's own raw SQL (same statements, no auth, no zod).
import autocannon from 'autocannon';
import Fastify from 'fastify';
import type { FastifyInstance } from 'fastify';

async function requestsPerSecond(url: string, seconds: number, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections: 10, duration: seconds, headers });
  return { rps: result.requests.average, p95: result.latency.p97_5, errors: result.errors + result.non2xx };
}

export type RawRoutes = {
  /** One round trip to the database and back. */
  roundTrip: () => Promise<unknown>;
  /** The planner's first page and its count as the bench's raw SQL runs them (rows sent as JSON). */
  rawList: () => Promise<unknown>;
};

/** Markdown lines: req/s of the needs list (planner, first page) and of the bare Fastify routes. */
export async function throughputRows(
  app: FastifyInstance,
  cookie: string,
  seconds: number,
  raw: RawRoutes,
): Promise<string> {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const list = await requestsPerSecond(`${address}/api/v1/needs?limit=50`, seconds, { cookie });
  const bare = Fastify();
  bare.get('/hello', async () => ({ hello: 'world' }));
  bare.get('/select-1', async () => ({ rows: await raw.roundTrip() }));
  bare.get('/raw-list', async () => ({ rows: await raw.rawList() }));
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
  const hello = await requestsPerSecond(`${bareAddress}/hello`, seconds);
  const roundTrip = await requestsPerSecond(`${bareAddress}/select-1`, seconds);
  const rawList = await requestsPerSecond(`${bareAddress}/raw-list`, seconds);
  await bare.close();
  const row = (name: string, result: typeof list) =>
    `| ${name} | ${result.rps.toFixed(0)} | ${((result.rps / hello.rps) * 100).toFixed(1)} % | ${((list.rps / result.rps) * 100).toFixed(0)} % | ${result.p95} | ${result.errors} |`;
  return [
    '| Throughput (10 connections) | req/s | share of hello-world (goal for the list ≥ 40 %) | list as share of this | latency p97.5 ms | errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('GET /api/v1/needs?limit=50 (planner)', list),
    row('bare Fastify hello-world', hello),
    row('bare Fastify + `select 1`', roundTrip),
    row('bare Fastify + the list page and count as raw SQL', rawList),
  ].join('\n');
}
