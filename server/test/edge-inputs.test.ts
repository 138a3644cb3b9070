import { once } from 'node:events';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNeedVia, ifMatch } from './factories.js';
import { multipartFile } from './multipart.js';
import { seedDemoPlan } from '../features/plans/demo.js';
import { createTestContext, type TestClient, type TestContext } from './harness.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
let committee: TestClient;
let uploadUrls: string[];
beforeAll(async () => {
  context = await createTestContext();
  admin = await context.signIn('admin');
  planner = await context.signIn('planner.korat');
  committee = await context.signIn('committee.korat');
  const plan = await seedDemoPlan(context.database);
  const need = await createNeedVia(planner);
  uploadUrls = [
    '/api/v1/areas/imports',
    '/api/v1/needs/imports',
    `/api/v1/needs/${need.id}/attachments`,
    `/api/v1/plan-versions/${plan?.reviewId}/kpis/import`,
    `/api/v1/plan-versions/${plan?.reviewId}/items/import`,
  ];
});
afterAll(() => context.close());

const expectProblem = (
  response: { statusCode: number; headers: Record<string, unknown> },
  status: number,
) => {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
};

describe('text with control characters', () => {
  it('refuses NUL in a JSON field with a 400 naming the field', async () => {
    const [user] = (await admin.request('GET', '/api/v1/users?q=planner.korat')).json().items;
    const response = await admin.request('PATCH', `/api/v1/users/${user.id}`, {
      body: { displayName: 'ชื่อ\u0000ใหม่' },
      headers: ifMatch(user.version),
    });
    expectProblem(response, 400);
    expect(response.json().errors).toEqual([expect.objectContaining({ path: 'displayName' })]);
  });

  it('refuses NUL in an anonymous sign-in and in a query string', async () => {
    const login = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin\u0000', password: 'x' },
    });
    expectProblem(login, 400);
    expect(login.json().errors[0].path).toBe('username');
    const search = await planner.request('GET', '/api/v1/needs?q=%00');
    expectProblem(search, 400);
    expect(search.json().errors[0].path).toBe('querystring.q');
  });
});

describe('numbers out of range', () => {
  it('refuses an integer beyond the database range in a query with 400', async () => {
    expectProblem(await planner.request('GET', '/api/v1/needs?dimensionId=3000000000'), 400);
    expectProblem(await planner.request('GET', '/api/v1/plans?clusterId=3000000000'), 400);
  });
});

describe('uploads', () => {
  const broken = {
    body: Buffer.from('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nabc'),
    headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
  };

  it('answers a malformed multipart body with 400 on every upload endpoint', async () => {
    for (const url of uploadUrls) {
      const client = url.startsWith('/api/v1/areas') ? admin : planner;
      const response = await client.request('POST', url, broken);
      expectProblem(response, 400);
      expect(response.json().code, url).toBe('malformed-multipart');
    }
  });

  it('refuses a read-only user with 403 before reading the upload', async () => {
    for (const url of uploadUrls) {
      expect((await committee.request('POST', url, broken)).statusCode, url).toBe(403);
    }
  });

  it('refuses NUL in an upload file name', async () => {
    const upload = multipartFile('bad\u0000name.xlsx', Buffer.from('not a workbook'));
    const response = await planner.request('POST', uploadUrls[2] ?? '', upload);
    expectProblem(response, 400);
    expect(response.json().errors[0].path).toBe('file');
  });
});

describe('errors raised before routing', () => {
  it('answers a malformed URL and an over-long path parameter with problem+json', async () => {
    expectProblem(await planner.request('GET', '/api/v1/needs/%E0%A4%A'), 400);
    expectProblem(await planner.request('GET', `/api/v1/needs/${'a'.repeat(200)}`), 414);
  });

  it('answers headers that are too large with a 431 problem', async () => {
    await context.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = context.app.server.address() as AddressInfo;
    const request = httpRequest({
      port,
      host: '127.0.0.1',
      path: '/api/health',
      headers: { 'x-big': 'a'.repeat(64 * 1024) },
    });
    request.end();
    const [response] = (await once(request, 'response')) as [import('node:http').IncomingMessage];
    let body = '';
    for await (const chunk of response) {
      body += String(chunk);
    }
    expect(response.statusCode).toBe(431);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(JSON.parse(body)).toMatchObject({ status: 431, messages: { th: expect.any(String) } });
  });
});
