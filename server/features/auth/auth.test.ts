import { isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { sessions } from '../../platform/auth/tables.js';
import { LOCKOUT_THRESHOLD } from './lockout.js';

let context: TestContext;
beforeAll(async () => {
  context = await createTestContext();
});
afterAll(() => context.close());

const login = (username: string, password: string) =>
  context.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe('sign-in', () => {
  it('signs the administrator in with an httpOnly session cookie and a CSRF token', async () => {
    const response = await login('admin', 'areaplan-demo');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((item) => item.name === 'areaplan_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json().user.roles).toEqual(['system_admin']);
    expect(response.json().csrfToken).toMatch(/^[\w-]{20,}$/);
    expect(response.json().user).not.toHaveProperty('passwordHash');
  });

  it('refuses a wrong password with a Thai and English message', async () => {
    const response = await login('planner.korat', 'wrong-password');
    expect(response.statusCode).toBe(401);
    expect(response.json().messages).toEqual({
      th: 'ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง',
      en: 'Wrong username or password',
    });
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await login('nobody.here', 'whatever-123');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('wrong-credentials');
  });

  it('locks the account after repeated failures, even for the right password', async () => {
    for (let attempt = 1; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
      expect((await login('committee.korat', 'bad-password')).statusCode).toBe(401);
    }
    const locked = await login('committee.korat', 'bad-password');
    expect(locked.statusCode).toBe(429);
    expect(locked.json().messages.th).toContain('ระงับชั่วคราว');
    expect((await login('committee.korat', 'areaplan-demo')).statusCode).toBe(429);
  });

  it('rejects a malformed body with field messages', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 5 },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['username', 'password']));
  });

  it('rejects malformed JSON as problem+json, not a 500', async () => {
    const response = await context.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username": "admin", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().messages.th).toBe('รูปแบบ JSON ไม่ถูกต้อง');
  });
});

describe('sessions', () => {
  it('needs a session for /me', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/v1/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().messages.th).toBe('กรุณาเข้าสู่ระบบ');
  });

  it('returns the current user with the actions the UI may offer', async () => {
    const client = await context.signIn('planner.korat');
    const response = await client.request('GET', '/api/v1/auth/me');
    expect(response.statusCode).toBe(200);
    expect(response.json().user.captureScope).toEqual(['30']);
    expect(response.json().user.allowedActions).toContain('agency.manage');
    expect(response.json().user.allowedActions).not.toContain('user.manage');
  });

  it('rejects a cookie-authenticated write without the CSRF token', async () => {
    const client = await context.signIn('planner.korat');
    const response = await client.request('POST', '/api/v1/auth/logout', {
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('csrf');
  });

  it('ends the session on logout so the cookie no longer works', async () => {
    const client = await context.signIn('planner.korat');
    expect((await client.request('POST', '/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('ends a session that has been idle longer than allowed', async () => {
    const client = await context.signIn('head.korat');
    await context.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 2 * 3_600_000) })
      .where(isNull(sessions.revokedAt));
    expect((await client.request('GET', '/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('sends security headers with a content security policy', async () => {
    const response = await context.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
