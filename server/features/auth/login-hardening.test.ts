import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp, type App } from '../../app.js';
import { loadConfig } from '../../platform/config.js';
import * as password from '../../platform/auth/password.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { LOCKOUT_THRESHOLD } from './lockout.js';

vi.mock('../../platform/auth/password.js', async (importOriginal) => {
  const actual = await importOriginal<typeof password>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifyPassword = vi.mocked(password.verifyPassword);

const limits = { loginRateLimitPerMinute: 1000 };
let context: TestContext;
beforeAll(async () => {
  context = await createTestContext(limits);
});
afterAll(() => context.close());

const login = (app: App, username: string, secret: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: secret }, headers });

describe('sign-in lockout', () => {
  it('checks exactly the threshold of 200 concurrent wrong guesses, then locks', async () => {
    verifyPassword.mockClear();
    const responses = await Promise.all(
      Array.from({ length: 200 }, () => login(context.app, 'planner.korat', 'wrong-guess')),
    );
    expect(verifyPassword).toHaveBeenCalledTimes(LOCKOUT_THRESHOLD);
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.filter((status) => status === 401)).toHaveLength(LOCKOUT_THRESHOLD - 1);
    expect(statuses.filter((status) => status === 429)).toHaveLength(200 - (LOCKOUT_THRESHOLD - 1));
    expect(responses.every((response) => response.json().code !== 'internal')).toBe(true);
    expect((await login(context.app, 'planner.korat', 'areaplan-demo')).statusCode).toBe(429);
  });

  it('does the same password work for an unknown username as for a real one', async () => {
    verifyPassword.mockClear();
    expect((await login(context.app, 'nobody.at.all', 'whatever-123')).statusCode).toBe(401);
    expect(verifyPassword).toHaveBeenCalledTimes(1);
    expect(verifyPassword.mock.calls[0]?.[0]).toMatch(/^\$argon2id\$/);
  });

  it('lets an administrator unlock the account, with an audit entry', async () => {
    const admin = await context.signIn('admin');
    const planner = await context.signIn('planner.chiangmai');
    const [user] = (await admin.request('GET', '/api/v1/users?q=planner.korat')).json().items;
    expect((await planner.request('POST', `/api/v1/users/${user.id}/unlock`)).statusCode).toBe(403);
    expect(user.lockedUntil).not.toBeNull();
    expect((await admin.request('POST', `/api/v1/users/${user.id}/unlock`)).statusCode).toBe(204);
    expect((await admin.request('GET', `/api/v1/users/${user.id}`)).json().lockedUntil).toBeNull();
    expect((await login(context.app, 'planner.korat', 'areaplan-demo')).statusCode).toBe(200);
    const audit = (await admin.request('GET', `/api/v1/audit?entityType=user&entityId=${user.id}`)).json();
    expect(audit.items.map((event: { action: string }) => event.action)).toContain('unlock');
  });
});

describe('rate limits', () => {
  const strict = { loginRateLimitPerMinute: 3, apiRateLimitPerMinute: 10 };
  const appWith = async (overrides: Partial<ReturnType<typeof loadConfig>>): Promise<App> => {
    const config = { ...loadConfig({}), logLevel: 'silent', webDir: '/nonexistent', ...overrides };
    const app = await buildApp({ config, database: context.database, jobs: context.jobs });
    await app.ready();
    return app;
  };

  it('ignores X-Forwarded-For unless the proxy is configured', async () => {
    const direct = await appWith(strict);
    const proxied = await appWith({ ...strict, trustProxy: ['127.0.0.1'] });
    const spoofed = (app: App, attempt: number) =>
      login(app, 'nobody.at.all', 'whatever-123', { 'x-forwarded-for': `203.0.113.${attempt}` });
    const directStatuses = [];
    const proxiedStatuses = [];
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      directStatuses.push((await spoofed(direct, attempt)).statusCode);
      proxiedStatuses.push((await spoofed(proxied, attempt)).statusCode);
    }
    expect(directStatuses).toEqual([401, 401, 401, 429]);
    expect(proxiedStatuses).toEqual([401, 401, 401, 401]);
    await Promise.all([direct.close(), proxied.close()]);
  });

  it('limits the whole API per client address with a problem+json answer, not the health probe', async () => {
    const app = await appWith(strict);
    const statuses = [];
    for (let request = 0; request < 11; request += 1) {
      statuses.push((await app.inject({ method: 'GET', url: '/api/v1/auth/me' })).statusCode);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    const limited = await app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['content-type']).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate-limited');
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).not.toBe(429);
    await app.close();
  });
});
