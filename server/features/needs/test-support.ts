import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Actor } from '../../../domain/auth/policy.js';
import { loadActor } from '../../platform/auth/actor.js';
import type { TestClient, TestContext } from '../../test/harness.js';
import { users } from '../../platform/auth/tables.js';

/** A valid need body for tests; override what the test is about. */
export function needBody(overrides: Record<string, unknown> = {}) {
  return {
    areaCode: '300101',
    title: 'ถนนลูกรังชำรุดในหมู่บ้าน',
    description: 'ถนนสายหลักยาว 2 กิโลเมตร เป็นหลุมบ่อ',
    origin: 'public_forum',
    sourceDocument: 'บันทึกเวทีประชาคม ครั้งที่ 1/2569',
    sourceDate: '2026-01-15',
    dimensionId: 2,
    households: 120,
    people: 400,
    sourcePriority: 1,
    fiscalYear: 2570,
    ...overrides,
  };
}

export type CreatedNeed = {
  id: string;
  referenceNo: string;
  title: string;
  version: number;
  areaCode: string;
  status: string;
  households: number;
  people: number;
};

/** Creates a need and fails the test unless it was created. */
export async function createNeedVia(
  client: TestClient,
  overrides: Record<string, unknown> = {},
): Promise<CreatedNeed> {
  const response = await client.request('POST', '/api/v1/needs', { body: needBody(overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** A multipart body with one file in the "file" field. */
export function multipart(fileName: string, content: Buffer, type = 'application/octet-stream') {
  const boundary = '----areaplan-needs-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** The actor of a demo account, for calling services and raw queries directly. */
export async function actorOf(context: TestContext, username: string): Promise<Actor> {
  const [user] = await context.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  return loadActor(context.database.db, user?.id ?? '');
}

/** Field → message of a 400 response. */
export function fieldErrors(response: { json(): unknown }): Record<string, { th: string; en: string }> {
  const problem = response.json() as { errors?: { path: string; message: { th: string; en: string } }[] };
  return Object.fromEntries((problem.errors ?? []).map((error) => [error.path, error.message]));
}

/** A village under Mueang Nakhon Ratchasima for tests (the seed has no villages). */
export async function addTestVillage(admin: TestClient, code = '30010101', nameTh = 'บ้านทดสอบ') {
  const response = await admin.request('POST', '/api/v1/areas', { body: { code, nameTh } });
  expect(response.statusCode, response.body).toBe(201);
}

/** Signs in several demo accounts at once, in the order given. */
export async function signInAll<const Names extends readonly string[]>(
  context: TestContext,
  names: Names,
): Promise<{ [K in keyof Names]: TestClient }> {
  return (await Promise.all(names.map((name) => context.signIn(name)))) as { [K in keyof Names]: TestClient };
}
