import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { users } from '../auth/tables.js';
import { isUniqueViolation } from '../db/errors.js';
import { registerProblemHandlers } from './problem.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

const insertAdminAgain = () =>
  context.database.db.insert(users).values({ username: 'admin', displayName: 'ซ้ำ', passwordHash: 'x' });

describe('a unique violation from the database', () => {
  it('is recognised through the error drizzle wraps around the driver error', async () => {
    const error = await insertAdminAgain().then(
      () => null,
      (thrown: unknown) => thrown,
    );
    expect(isUniqueViolation(error)).toBe(true);
    expect(isUniqueViolation(new Error('connection reset'))).toBe(false);
  });

  it('answers 409 problem+json in Thai and English, not 500', async () => {
    const app = Fastify({ logger: false });
    registerProblemHandlers(app);
    app.post('/clash', async () => {
      await insertAdminAgain();
      return { saved: true };
    });
    const response = await app.inject({ method: 'POST', url: '/clash' });
    await app.close();
    expect(response.statusCode).toBe(409);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const body = response.json();
    expect(body.code).toBe('duplicate');
    expect(body.messages.th).toContain('มีข้อมูลนี้อยู่แล้ว');
    expect(body.messages.en).toContain('already exists');
    expect(JSON.stringify(body)).not.toContain('users_username_unique');
  });
});
