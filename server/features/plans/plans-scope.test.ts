import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { loadActor } from '../../platform/auth/actor.js';
import { selectRows } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import { clusters } from '../areas/tables.js';
import { users } from '../../platform/auth/tables.js';
import { createReadyPlan, expectStatus, signInBuriramPlanner, type ReadyPlan } from '../../test/factories.js';

let context: TestContext;
let korat: TestClient;
let chiangMai: TestClient;
let clusterOfficer: TestClient;
let buriram: TestClient;
let district: TestClient;
let auditor: TestClient;
let provincePlan: ReadyPlan;
let clusterPlan: ReadyPlan;
let clusterId: number;
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  chiangMai = await context.signIn('planner.chiangmai');
  clusterOfficer = await context.signIn('cluster.nelower1');
  district = await context.signIn('district.muangkorat');
  auditor = await context.signIn('auditor');
  buriram = await signInBuriramPlanner(context);
  const [cluster] = await context.database.db
    .select()
    .from(clusters)
    .where(eq(clusters.nameTh, 'ภาคตะวันออกเฉียงเหนือตอนล่าง 1'));
  clusterId = cluster?.id ?? 0;
  provincePlan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['3015']);
  clusterPlan = await createReadyPlan(clusterOfficer, { scope: 'cluster', clusterId }, ['3015', '3101']);
});
afterAll(() => context.close());

async function asUser<T>(username: string, work: Parameters<typeof inActorTransaction<T>>[2]) {
  const [user] = await context.database.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.username, username));
  return inActorTransaction(context.database, await loadActor(context.database.db, user?.id ?? ''), work);
}

describe('who sees and changes which plan', () => {
  it('hides another province’s plan from lists and reads (404) and refuses writes', async () => {
    const list = await expectStatus(chiangMai, 200, 'GET', '/api/v1/plans');
    expect(list.items).toEqual([]);
    for (const url of [
      `/api/v1/plans/${provincePlan.planId}`,
      `/api/v1/plan-versions/${provincePlan.versionId}/tree`,
      `/api/v1/plan-items/${provincePlan.itemId}`,
      `/api/v1/plan-versions/${provincePlan.versionId}/diff`,
    ]) {
      expect((await chiangMai.request('GET', url)).statusCode, url).toBe(404);
    }
    const edit = await chiangMai.request('PATCH', `/api/v1/plan-issues/${provincePlan.issueId}`, {
      body: { title: 'ยึด' },
      headers: { 'if-match': '"1"' },
    });
    expect(edit.statusCode).toBe(404);
    expect(
      (
        await chiangMai.request('POST', '/api/v1/plans', {
          body: { scope: 'province', provinceCode: '30', title: 'x', periodStart: 2566 },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await chiangMai.request('POST', `/api/v1/plans/${provincePlan.planId}/reviews`, {
          body: { fiscalYear: 2567 },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('lets the second wall hide other provinces’ plan rows from raw queries and block raw writes', async () => {
    const seen = await asUser('planner.chiangmai', (tx) =>
      selectRows<{ n: number }>(
        tx,
        sql`select (select count(*) from development_plans)::int + (select count(*) from plan_items)::int + (select count(*) from kpi_targets)::int as n`,
      ),
    );
    expect(seen[0]?.n).toBe(0);
    await asUser('planner.chiangmai', (tx) => tx.execute(sql`update plan_issues set title = 'ถูกแก้'`));
    await expect(
      asUser('planner.chiangmai', (tx) =>
        tx.execute(
          sql`insert into plan_issues (plan_version_id, title, province_code) values (${provincePlan.versionId}, 'แอบเพิ่ม', '30')`,
        ),
      ),
    ).rejects.toThrow();
    // A national viewer without capture changes nothing either, unless an approval move switches it on.
    await asUser('analyst', (tx) => tx.execute(sql`update plan_versions set vision = 'ถูกแก้'`));
    await asUser('analyst', (tx) => tx.execute(sql`update plan_issues set title = 'ถูกแก้'`));
    const owner = await selectRows<{ n: number }>(
      context.database.db,
      sql`select (select count(*) from plan_issues where title in ('ถูกแก้', 'แอบเพิ่ม'))::int + (select count(*) from plan_versions where vision = 'ถูกแก้')::int as n`,
    );
    expect(owner[0]?.n).toBe(0);
  });

  it('lets a district officer and the auditor read the province plan but not change it (403)', async () => {
    await expectStatus(district, 200, 'GET', `/api/v1/plan-versions/${provincePlan.versionId}/tree`);
    expect(
      (
        await district.request('PATCH', `/api/v1/plan-issues/${provincePlan.issueId}`, {
          body: { title: 'x' },
          headers: { 'if-match': '"1"' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await auditor.request('POST', `/api/v1/plan-versions/${provincePlan.versionId}/issues`, {
          body: { title: 'x' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await expectStatus(auditor, 200, 'GET', `/api/v1/plan-versions/${provincePlan.versionId}/tree`))
        .availableActions as unknown[],
    ).toEqual([]);
  });
});

describe('cluster plans', () => {
  it('places a cluster plan in the operations-centre province', async () => {
    const plan = await expectStatus(clusterOfficer, 200, 'GET', `/api/v1/plans/${clusterPlan.planId}`);
    expect(plan).toMatchObject({
      scope: 'cluster',
      provinceCode: '30',
      clusterId,
      memberProvinceCodes: ['30', '31', '32', '36'],
    });
  });

  it('lets a member province read the cluster plan but not edit it', async () => {
    const list = await expectStatus(buriram, 200, 'GET', '/api/v1/plans');
    expect((list.items as { id: string }[]).map((p) => p.id)).toEqual([clusterPlan.planId]);
    const tree = await expectStatus(
      buriram,
      200,
      'GET',
      `/api/v1/plan-versions/${clusterPlan.versionId}/tree`,
    );
    expect(tree.availableActions).toEqual([]);
    expect(tree.canEdit).toBe(false);
    const edit = await buriram.request('PATCH', `/api/v1/plan-items/${clusterPlan.itemId}`, {
      body: { title: 'แก้' },
      headers: { 'if-match': '"1"' },
    });
    expect(edit.statusCode).toBe(403);
    const rows = await asUser('planner.buriram', (tx) =>
      selectRows<{ n: number }>(tx, sql`select count(*)::int as n from plan_items`),
    );
    expect(rows[0]?.n).toBe(1);
    await asUser('planner.buriram', (tx) => tx.execute(sql`update plan_items set title = 'แอบแก้'`));
    const after = await expectStatus(clusterOfficer, 200, 'GET', `/api/v1/plan-items/${clusterPlan.itemId}`);
    expect(after.title).toBe('ส่งเสริมข้าวหอมมะลิ');
  });

  it('keeps the cluster plan from other clusters’ provinces and filters lists by province', async () => {
    expect((await chiangMai.request('GET', `/api/v1/plans/${clusterPlan.planId}`)).statusCode).toBe(404);
    const covering31 = await expectStatus(korat, 200, 'GET', '/api/v1/plans?provinceCode=31');
    expect((covering31.items as { id: string }[]).map((p) => p.id)).toEqual([clusterPlan.planId]);
    const clusterOnly = await expectStatus(
      korat,
      200,
      'GET',
      `/api/v1/plans?scope=cluster&clusterId=${clusterId}`,
    );
    expect(clusterOnly.total).toBe(1);
  });

  it('judges each cluster item by the cluster rule and explains it', async () => {
    expect(
      (await expectStatus(buriram, 200, 'GET', `/api/v1/plan-items/${clusterPlan.itemId}`)).clusterRule,
    ).toEqual({
      applies: true,
      ok: true,
      th: 'ผ่านเกณฑ์: มีพื้นที่ดำเนินการ 2 จังหวัดในกลุ่ม (นครราชสีมา, บุรีรัมย์)',
      en: 'Meets the rule: works in 2 member provinces (นครราชสีมา, บุรีรัมย์)',
    });
    const single = await expectStatus(
      clusterOfficer,
      200,
      'PATCH',
      `/api/v1/plan-items/${clusterPlan.itemId}`,
      { areaCodes: ['3015'] },
      1,
    );
    expect((single.clusterRule as { ok: boolean }).ok).toBe(false);
    const tree = await expectStatus(
      clusterOfficer,
      200,
      'GET',
      `/api/v1/plan-versions/${clusterPlan.versionId}/tree`,
    );
    expect((tree.readiness as { problems: { code: string }[] }).problems.map((p) => p.code)).toEqual([
      'cluster_rule',
    ]);
    const explained = await expectStatus(
      clusterOfficer,
      200,
      'PATCH',
      `/api/v1/plan-items/${clusterPlan.itemId}`,
      { benefitNote: 'ศูนย์รวบรวมข้าวรับซื้อผลผลิตจากเกษตรกรทั้ง 4 จังหวัดในกลุ่ม' },
      2,
    );
    expect((explained.clusterRule as { ok: boolean }).ok).toBe(true);
    expect(
      (
        await clusterOfficer.request('PATCH', `/api/v1/plan-items/${clusterPlan.itemId}`, {
          body: { areaCodes: ['5001'] },
          headers: { 'if-match': '"3"' },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('lets the cluster officer take the cluster plan through its local steps', async () => {
    const tree = await expectStatus(
      clusterOfficer,
      200,
      'GET',
      `/api/v1/plan-versions/${clusterPlan.versionId}/tree`,
    );
    expect((tree.availableActions as { action: string; labelTh: string }[]).map((a) => a.labelTh)).toEqual([
      'เสนอ ก.บ.ก. พิจารณา',
    ]);
    const version = (tree as unknown as { version: { version: number } }).version.version;
    const moved = await expectStatus(
      clusterOfficer,
      200,
      'POST',
      `/api/v1/plan-versions/${clusterPlan.versionId}/transitions`,
      { action: 'submit' },
      version,
    );
    expect(
      (moved as unknown as { availableActions: { action: string }[] }).availableActions.map((a) => a.action),
    ).toEqual(['committee_approve', 'return']);
  });
});
