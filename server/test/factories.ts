import { eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Actor } from '../../domain/auth/policy.js';
import { nationalIdCheckDigit } from '../../domain/households/national-id.js';
import type { ProjectStatus } from '../../domain/projects/project.js';
import { projects } from '../features/projects/tables.js';
import { loadActor } from '../platform/auth/actor.js';
import { users } from '../platform/auth/tables.js';
import { etag } from '../platform/http/context.js';
import type { TestClient, TestContext } from './harness.js';

/*
 * The one set of test factories: records created through the API (so every rule applies), the
 * actors of demo accounts, and small assertions shared by the API tests of every feature.
 */

/** The If-Match header for a write based on `version`. */
export function ifMatch(version: number): Record<string, string> {
  return { 'if-match': etag(version) };
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

/** Signs in several demo accounts at once, in the order given. */
export async function signInAll<const Names extends readonly string[]>(
  context: TestContext,
  names: Names,
): Promise<{ [K in keyof Names]: TestClient }> {
  return (await Promise.all(names.map((name) => context.signIn(name)))) as { [K in keyof Names]: TestClient };
}

type Json = Record<string, unknown> & { id: string; version: number };

/** Sends a request and insists on the status, returning the JSON body. */
export async function expectStatus(
  client: TestClient,
  status: number,
  method: string,
  url: string,
  body?: unknown,
  version?: number,
): Promise<Json> {
  const response = await client.request(method, url, {
    body,
    headers: version === undefined ? {} : ifMatch(version),
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.body ? (response.json() as Json) : ({} as Json);
}

export type JobView = {
  id: string;
  status: string;
  progressDone: number;
  progressTotal: number;
  result: Record<string, unknown> | null;
  errorTh: string | null;
  errorEn: string | null;
};

/** Waits for the runner to finish and returns the job as its creator sees it. */
export async function finishedJob(context: TestContext, client: TestClient, jobId: string): Promise<JobView> {
  await context.jobs.idle();
  return (await expectStatus(client, 200, 'GET', `/api/v1/jobs/${jobId}`)) as unknown as JobView;
}

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

/** A village under Mueang Nakhon Ratchasima for tests (the seed has no villages). */
export async function addTestVillage(admin: TestClient, code = '30010101', nameTh = 'บ้านทดสอบ') {
  const response = await admin.request('POST', '/api/v1/areas', { body: { code, nameTh } });
  expect(response.statusCode, response.body).toBe(201);
}

/** A small plan that passes the readiness check, with one branch of each kind. */
export type ReadyPlan = {
  planId: string;
  versionId: string;
  issueId: string;
  objectiveId: string;
  kpiId: string;
  approachId: string;
  itemId: string;
};

/** The id of a seeded node by level and code. */
export async function nodeId(client: TestClient, query: string, code: string): Promise<string> {
  const list = await expectStatus(client, 200, 'GET', `/api/v1/alignment/nodes?${query}&limit=200`);
  const node = (list.items as { id: string; code: string }[]).find((candidate) => candidate.code === code);
  if (!node) {
    throw new Error(`no alignment node ${code}`);
  }
  return node.id;
}

export const YEARS = [2566, 2567, 2568, 2569, 2570];

/** Creates a plan through the API with one branch of each kind, ready to submit. */
export async function createReadyPlan(
  client: TestClient,
  placement: { scope: 'province'; provinceCode: string } | { scope: 'cluster'; clusterId: number },
  areaCodes: string[],
  benefitNote?: string,
): Promise<ReadyPlan> {
  const plan = await expectStatus(client, 201, 'POST', '/api/v1/plans', {
    ...placement,
    title: 'แผนทดสอบ',
    periodStart: 2566,
  });
  const versionId = (plan.latestVersion as { id: string }).id;
  await expectStatus(client, 200, 'PATCH', `/api/v1/plan-versions/${versionId}`, { vision: 'เมืองน่าอยู่' }, 1);
  const issue = await expectStatus(client, 201, 'POST', `/api/v1/plan-versions/${versionId}/issues`, {
    title: 'การเกษตรมูลค่าสูง',
  });
  const objective = await expectStatus(client, 201, 'POST', `/api/v1/plan-issues/${issue.id}/objectives`, {
    title: 'รายได้เกษตรกรเพิ่มขึ้น',
  });
  const kpi = await expectStatus(client, 201, 'POST', `/api/v1/plan-objectives/${objective.id}/kpis`, {
    name: 'รายได้ครัวเรือนเกษตร',
    unit: 'บาท/ปี',
    baselineValue: '85000',
    baselineYear: 2565,
    direction: 'higher_is_better',
    rollup: 'mean',
    targets: YEARS.map((fiscalYear, index) => ({ fiscalYear, areaCode: null, value: 86000 + index * 1000 })),
  });
  const approach = await expectStatus(client, 201, 'POST', `/api/v1/plan-issues/${issue.id}/approaches`, {
    title: 'ส่งเสริมเกษตรปลอดภัย',
  });
  const y1 = await nodeId(client, 'level=sub_plan_target_y1', '030101');
  const item = await expectStatus(client, 201, 'POST', `/api/v1/plan-approaches/${approach.id}/items`, {
    title: 'ส่งเสริมข้าวหอมมะลิ',
    fundingSource: placement.scope,
    areaCodes,
    kpiIds: [kpi.id],
    budgets: [{ fiscalYear: 2567, amountSatang: '125000050' }],
    alignment: [{ nodeId: y1, isPrimary: true }],
    ...(benefitNote ? { benefitNote } : {}),
  });
  return {
    planId: plan.id,
    versionId,
    issueId: issue.id,
    objectiveId: objective.id,
    kpiId: kpi.id,
    approachId: approach.id,
    itemId: item.id,
  };
}

/** Takes one approval step on a version at its current row version (read from its tree first). */
export async function takeStep(
  client: TestClient,
  versionId: string,
  action: string,
  extra: Record<string, string> = {},
) {
  const tree = await expectStatus(client, 200, 'GET', `/api/v1/plan-versions/${versionId}/tree`);
  const version = (tree as unknown as { version: { version: number } }).version.version;
  return client.request('POST', `/api/v1/plan-versions/${versionId}/transitions`, {
    body: { action, ...extra },
    headers: ifMatch(version),
  });
}

/** Overrides making projectBody a cluster project working in Korat (30) and Buriram (31), 60/40. */
export const koratBuriramClusterProject = (clusterId: number | undefined) => ({
  scope: 'cluster',
  provinceCode: undefined,
  clusterId,
  locations: [{ areaCode: '3001' }, { areaCode: '3101' }],
  provinceShares: [
    { provinceCode: '30', shareBp: 6000 },
    { provinceCode: '31', shareBp: 4000 },
  ],
});

/** Buriram's (31) provincial planner, a member province of Korat's cluster, created by the administrator. */
export async function signInBuriramPlanner(context: TestContext): Promise<TestClient> {
  const admin = await context.signIn('admin');
  await expectStatus(admin, 201, 'POST', '/api/v1/users', {
    username: 'planner.buriram',
    displayName: 'นักวิเคราะห์แผน บุรีรัมย์ (ทดสอบ)',
    password: 'areaplan-test-password',
    roles: ['provincial_planner'],
    captureScope: ['31'],
    viewScope: ['31'],
  });
  return context.signIn('planner.buriram', 'areaplan-test-password');
}

/** A valid provincial project request (Korat, FY2569) with one of each child; override any part. */
export const projectBody = (overrides: Record<string, unknown> = {}) => ({
  fiscalYear: 2569,
  scope: 'province',
  provinceCode: '30',
  title: 'ก่อสร้างถนนลาดยางสายบ้านโนนสูง',
  budgetType: 'investment',
  category: 'construction',
  locations: [{ areaCode: '300101', geometry: { type: 'Point', coordinates: [102.1, 14.97] } }],
  budgetLines: [
    { description: 'ผิวจราจร', budgetType: 'investment', category: 'construction', amountSatang: '250000000' },
  ],
  schedule: [{ fiscalYear: 2569, amountSatang: '250000000' }],
  outputs: [{ kind: 'output', description: 'ถนนลาดยาง', targetValue: '2.5', unit: 'กิโลเมตร' }],
  readiness: [{ item: 'land', status: 'ready' }],
  ...overrides,
});

/**
 * A project created through the API, then put straight into `status` in the database: for features
 * that act on projects further along (results, assets), whose lifecycle guards projects tests cover.
 */
export async function createProjectAt(
  context: TestContext,
  client: TestClient,
  status: ProjectStatus,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string; code: string }> {
  const created = await expectStatus(client, 201, 'POST', '/api/v1/projects', projectBody(overrides));
  const project = created as unknown as { id: string; code: string };
  await context.database.db.update(projects).set({ status }).where(eq(projects.id, project.id));
  return { id: project.id, code: project.code };
}

/** A valid 13-digit national id (right check digit) made from a serial, for test household members. */
export function testNationalId(serial: number): string {
  const firstTwelve = `3${String(serial).padStart(11, '0')}`;
  return `${firstTwelve}${nationalIdCheckDigit(firstTwelve)}`;
}

/** A household case with a head and a spouse in `areaCode` (a subdistrict or village). */
export function householdBody(areaCode = '300101', overrides: Record<string, unknown> = {}) {
  return {
    areaCode,
    villageNo: 3,
    houseNo: '99/1',
    shortfalls: ['living', 'income'],
    identifiedOn: '2026-01-10',
    members: [
      {
        nationalId: testNationalId(1234567),
        firstName: 'ประเสริฐ',
        lastName: 'มั่นคงดี',
        relation: 'head',
        birthYear: 2510,
      },
      { nationalId: testNationalId(7654321), firstName: 'บุญมา', lastName: 'มั่นคงดี', relation: 'spouse' },
    ],
    ...overrides,
  };
}
