import { expect } from 'vitest';
import type { TestClient } from '../../test/harness.js';

/** API helpers for the plans tests: a small plan that passes the readiness check. */
export type ReadyPlan = {
  planId: string;
  versionId: string;
  issueId: string;
  objectiveId: string;
  kpiId: string;
  approachId: string;
  itemId: string;
};

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
    headers: version === undefined ? {} : { 'if-match': `"${version}"` },
  });
  expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(status);
  return response.body ? (response.json() as Json) : ({} as Json);
}

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
    headers: { 'if-match': `"${version}"` },
  });
}
