import type { LightMyRequestResponse } from 'fastify';
import type { TestClient, TestContext } from '../harness.js';
import { operationsOf } from '../openapi-operations.js';
import { buildCase, type FuzzCase } from './cases.js';
import { pick, seededRandom } from './values.js';

export type FuzzReport = {
  cases: number;
  operations: number;
  byStatus: Record<string, number>;
  failures: string[];
};

const ACTORS = ['admin', 'planner.korat', 'committee.korat'] as const;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// A stack frame, a source location, or text only the database or its driver writes.
const LEAKS = [
  /\n\s+at \S+ \(/,
  /node_modules|\.ts:\d+:\d+|\.js:\d+:\d+/,
  /violates|duplicate key|syntax error at|invalid input syntax|out of range for type|relation "|column "|\$\d+::|drizzle|Failed query/i,
];

/**
 * What is wrong with one answer: a 5xx, an API error that is not problem+json, or leaked internals.
 * A page for browsers (the public portal, outside `/api/`) may answer its errors as an HTML page.
 */
export function problemsOf(response: LightMyRequestResponse, url: string): string[] {
  const problems: string[] = [];
  if (response.statusCode >= 500) {
    problems.push('server error');
  }
  const type = String(response.headers['content-type'] ?? '');
  const htmlPage = !url.startsWith('/api/') && type.startsWith('text/html');
  if (response.statusCode >= 400 && !htmlPage) {
    if (!type.includes('application/problem+json')) {
      problems.push(`error as ${type || 'no content type'}`);
    } else {
      const body = response.json() as { messages?: { th?: string; en?: string } };
      if (!body.messages?.th || !body.messages.en) {
        problems.push('error without Thai and English messages');
      }
    }
  }
  const leak = LEAKS.find((pattern) => pattern.test(response.body));
  if (leak) {
    problems.push(`body matches ${leak}`);
  }
  return problems;
}

function send(context: TestContext, client: TestClient | undefined, fuzzCase: FuzzCase) {
  const headers: Record<string, string> = client
    ? { cookie: client.cookie, 'x-csrf-token': client.csrfToken }
    : {};
  const method = fuzzCase.operation.method;
  if (fuzzCase.rawBody) {
    headers['content-type'] = fuzzCase.rawBody.contentType;
    return context.app.inject({ method, url: fuzzCase.url, headers, payload: fuzzCase.rawBody.payload });
  }
  if (fuzzCase.body === undefined) {
    return context.app.inject({ method, url: fuzzCase.url, headers });
  }
  headers['content-type'] = 'application/json';
  return context.app.inject({ method, url: fuzzCase.url, headers, payload: JSON.stringify(fuzzCase.body) });
}

/**
 * Sends `cases` generated requests over every operation of the OpenAPI document, round robin, each as a
 * random demo account or anonymously. Case `i` is built from seed `seed + i`, so a failure replays alone.
 */
export async function runFuzz(
  context: TestContext,
  options: { cases: number; seed: number },
): Promise<FuzzReport> {
  const document = (await context.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
  const operations = operationsOf(document);
  const clients = new Map<string, TestClient>();
  const ownIds = new Set<string>();
  for (const name of ACTORS) {
    const client = await context.signIn(name);
    clients.set(name, client);
    for (const id of (await client.request('GET', '/api/v1/auth/me')).body.match(UUID) ?? []) {
      ownIds.add(id);
    }
  }
  const ids: string[] = [];
  const report: FuzzReport = { cases: 0, operations: operations.length, byStatus: {}, failures: [] };
  for (let index = 0; index < options.cases; index += 1) {
    const random = seededRandom(options.seed + index);
    const operation = operations[index % operations.length];
    if (!operation) {
      continue;
    }
    const fuzzCase = buildCase(operation, random, ids);
    const actor = pick(random, [...ACTORS, 'anonymous']);
    let response = await send(context, clients.get(actor), fuzzCase);
    if (response.statusCode === 401 && actor !== 'anonymous' && !fuzzCase.url.includes('/auth/login')) {
      // The case itself may have ended the session (logout, a password or role change): sign in again.
      clients.set(actor, await context.signIn(actor));
      response = await send(context, clients.get(actor), fuzzCase);
    }
    report.cases += 1;
    report.byStatus[response.statusCode] = (report.byStatus[response.statusCode] ?? 0) + 1;
    const problems = problemsOf(response, fuzzCase.url);
    if (problems.length > 0 && report.failures.length < 25) {
      report.failures.push(
        `seed ${options.seed + index} ${operation.method} ${fuzzCase.url.slice(0, 160)} as ${actor} → ${response.statusCode} (${problems.join(', ')}): ${response.body.slice(0, 300)}`,
      );
    }
    for (const id of response.body.match(UUID) ?? []) {
      if (!ownIds.has(id) && ids.length < 500 && !ids.includes(id)) {
        ids.push(id);
      }
    }
  }
  return report;
}
