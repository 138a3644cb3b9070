import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleSet, RuleSetSummary } from '../../../domain/projects/rules/rule-set.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';

let context: TestContext;
let admin: TestClient;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  admin = await context.signIn('admin');
  planner = await context.signIn('planner.korat');
});
afterAll(() => context.close());

async function setsOf(year: number): Promise<RuleSetSummary[]> {
  const response = await planner.request('GET', `/api/v1/rule-sets?fiscalYear=${year}`);
  expect(response.statusCode).toBe(200);
  return (response.json() as { items: RuleSetSummary[] }).items;
}

async function fullSet(id: string): Promise<RuleSet> {
  return (await planner.request('GET', `/api/v1/rule-sets/${id}`)).json() as RuleSet;
}

describe('eligibility rule sets', () => {
  it('seeds published FY2568 and FY2569 sets that everyone can read with citations', async () => {
    const [fy2569] = await setsOf(2569);
    expect(fy2569).toMatchObject({ revision: 1, status: 'published', ruleCount: 8 });
    expect(await setsOf(2568)).toHaveLength(1);
    const set = await fullSet(fy2569?.id ?? '');
    const cluster = set.rules.find((rule) => rule.key === 'cluster_coverage');
    expect(cluster?.citation).toMatchObject({
      verified: true,
      url: 'http://www.osmnortheast-n2.moi.go.th/hello-world/',
    });
    expect(set.rules.find((rule) => rule.key === 'negative_list')?.citation.verified).toBe(false);
  });

  it('refuses edits of a published set and lets an administrator revise, edit and publish a new version', async () => {
    const [published] = await setsOf(2569);
    const original = await fullSet(published?.id ?? '');
    const body = { title: original.title, note: null, rules: original.rules };
    const edit = await admin.request('PUT', `/api/v1/rule-sets/${original.id}`, {
      body,
      headers: { 'if-match': `"${original.version}"` },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().messages.th).toContain('ประกาศใช้แล้วแก้ไขไม่ได้');

    expect((await planner.request('POST', `/api/v1/rule-sets/${original.id}/revisions`)).statusCode).toBe(
      403,
    );
    const revised = await admin.request('POST', `/api/v1/rule-sets/${original.id}/revisions`);
    expect(revised.statusCode).toBe(201);
    const draft = revised.json() as RuleSet;
    expect(draft).toMatchObject({ fiscalYear: 2569, revision: 2, status: 'draft', version: 1 });
    expect((await admin.request('POST', `/api/v1/rule-sets/${original.id}/revisions`)).statusCode).toBe(409);

    const negative = draft.rules.map((rule) =>
      rule.kind === 'negative_list'
        ? {
            ...rule,
            parameters: { ...rule.parameters, titleKeywords: [...rule.parameters.titleKeywords, 'ของที่ระลึก'] },
          }
        : rule,
    );
    const noVersion = await admin.request('PUT', `/api/v1/rule-sets/${draft.id}`, {
      body: { ...body, rules: negative },
    });
    expect(noVersion.statusCode).toBe(428);
    const saved = await admin.request('PUT', `/api/v1/rule-sets/${draft.id}`, {
      body: { ...body, rules: negative },
      headers: { 'if-match': '"1"' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.headers.etag).toBe('"2"');
    const stale = await admin.request('POST', `/api/v1/rule-sets/${draft.id}/publish`, {
      body: { version: 1 },
    });
    expect(stale.statusCode).toBe(412);
    const publish = await admin.request('POST', `/api/v1/rule-sets/${draft.id}/publish`, {
      body: { version: 2 },
    });
    expect(publish.statusCode).toBe(200);
    expect(publish.json()).toMatchObject({ status: 'published', version: 3 });

    const sets = await setsOf(2569);
    expect(sets.map((set) => [set.revision, set.status])).toEqual([
      [2, 'published'],
      [1, 'published'],
    ]);
    // The first version still reads as it was.
    expect((await fullSet(original.id)).rules).toEqual(original.rules);
  });

  it('refuses a rule whose template names a value its kind does not fill, saving nothing', async () => {
    const [fy2568] = await setsOf(2568);
    const source = await fullSet(fy2568?.id ?? '');
    const [first, ...rest] = source.rules;
    const bad = {
      ...first,
      explanation: { pass: { th: 'ผ่าน {ceiling}', en: 'ok' }, fail: first?.explanation.fail },
    };
    const response = await admin.request('POST', '/api/v1/rule-sets', {
      body: { fiscalYear: 2570, title: source.title, rules: [bad, ...rest] },
    });
    expect(response.statusCode).toBe(400);
    expect(await setsOf(2570)).toEqual([]);
  });

  it('keeps a published set unchangeable in the database itself', async () => {
    const [published] = await setsOf(2568);
    await expect(
      context.database.db.execute(
        sql`update rules set severity = 'warning' where rule_set_id = ${published?.id}`,
      ),
    ).rejects.toThrow();
    await expect(
      context.database.db.execute(sql`update rule_sets set title_th = 'x' where id = ${published?.id}`),
    ).rejects.toThrow();
  });

  it('audits every change of a rule set', async () => {
    const audit = await admin.request('GET', '/api/v1/audit?entityType=rule_set');
    expect(audit.statusCode).toBe(200);
    const actions = (audit.json() as { items: { action: string }[] }).items.map((item) => item.action);
    expect(actions).toEqual(expect.arrayContaining(['revise', 'update', 'publish']));
  });
});
