import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

describe('GET /api/health', () => {
  it('reports the database kind and the migrations applied', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('ok');
    expect(body.database.kind).toBe(process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite');
    expect(body.database.migrations.applied).toBeGreaterThanOrEqual(3);
  });

  it('serves the OpenAPI document', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    expect(response.json().paths['/api/v1/areas']).toBeDefined();
  });

  it('answers unknown routes with problem+json in both languages', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().messages.th).toBeTruthy();
    expect(response.json().messages.en).toBeTruthy();
  });

  it('reports not OK when a table lost its row-level-security policies or grants', async () => {
    const { db } = context.database;
    for (const policy of ['scope_read', 'scope_insert', 'scope_update', 'scope_delete']) {
      await db.execute(sql.raw(`drop policy ${policy} on agencies`));
    }
    await db.execute(sql`revoke all on needs from areaplan_app`);
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().problems).toEqual(['agencies: no policies', 'needs: areaplan_app has no access']);
  });
});
