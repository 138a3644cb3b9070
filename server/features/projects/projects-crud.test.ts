import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import {
  createReadyPlan,
  expectStatus,
  fieldErrors,
  ifMatch,
  projectBody,
  type ReadyPlan,
} from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let korat: TestClient;
let chiangMai: TestClient;
let auditor: TestClient;
let head: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  chiangMai = await context.signIn('planner.chiangmai');
  auditor = await context.signIn('auditor');
  head = await context.signIn('head.korat');
  plan = await createReadyPlan(korat, { scope: 'province', provinceCode: '30' }, ['3001']);
});
afterAll(() => context.close());

describe('project records', () => {
  it('creates with a generated code, every child list and the total of its lines', async () => {
    const created = await expectStatus(korat, 201, 'POST', '/api/v1/projects', projectBody());
    expect(created.code).toBe('P30-2569-0001');
    expect(created.totalSatang).toBe('250000000');
    expect(created.scheduleTotalSatang).toBe('250000000');
    expect(created.status).toBe('idea');
    expect((created.locations as { areaNameTh: string }[])[0]?.areaNameTh).toBeTruthy();
    const readiness = created.readiness as { item: string; status: string }[];
    expect(readiness.map((row) => `${row.item}:${row.status}`)).toEqual([
      'land:ready',
      'design_estimate:pending',
      'permits:pending',
      'receiver_commitment:pending',
      'procurement_ready:pending',
    ]);
    const second = await expectStatus(
      korat,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ title: 'ขุดลอกคลอง' }),
    );
    expect(second.code).toBe('P30-2569-0002');
  });

  it('refuses a duplicate code in the same budget unit and year with 409', async () => {
    await expectStatus(korat, 201, 'POST', '/api/v1/projects', projectBody({ code: 'KR-01' }));
    const again = await korat.request('POST', '/api/v1/projects', { body: projectBody({ code: 'KR-01' }) });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
  });

  it('answers bad input with bilingual field errors and saves nothing', async () => {
    const response = await korat.request('POST', '/api/v1/projects', {
      body: projectBody({
        locations: [{ areaCode: '500101' }],
        links: { kpiIds: [plan.kpiId, plan.kpiId], needIds: [], alignment: [] },
      }),
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(fieldErrors(response))).toContain('links.kpiIds');
    const outside = await korat.request('POST', '/api/v1/projects', {
      body: projectBody({ locations: [{ areaCode: '500101' }] }),
    });
    expect(outside.statusCode).toBe(400);
    expect(fieldErrors(outside)['locations.0.areaCode']?.th).toContain('นอกจังหวัด');
    const list = await expectStatus(korat, 200, 'GET', '/api/v1/projects?q=ถนนลาดยาง');
    expect(list.total).toBe(2);
  });

  it('edits with If-Match: 428 without, 412 when stale, audited', async () => {
    const created = await expectStatus(
      korat,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ title: 'ฝายชะลอน้ำ' }),
    );
    const url = `/api/v1/projects/${created.id}`;
    expect((await korat.request('PATCH', url, { body: { title: 'ฝายแกนดินซีเมนต์' } })).statusCode).toBe(428);
    const updated = await expectStatus(korat, 200, 'PATCH', url, { title: 'ฝายแกนดินซีเมนต์' }, created.version);
    expect(updated.version).toBe(created.version + 1);
    const stale = await korat.request('PATCH', url, {
      body: { title: 'x' },
      headers: ifMatch(created.version),
    });
    expect(stale.statusCode).toBe(412);
    const audit = await expectStatus(
      head,
      200,
      'GET',
      `/api/v1/audit?entityType=project&entityId=${created.id}`,
    );
    expect((audit.items as { action: string }[]).map((entry) => entry.action).sort()).toEqual([
      'create',
      'update',
    ]);
  });

  it('moves through the lifecycle and refuses budget edits once allocated', async () => {
    let project = await expectStatus(
      korat,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ title: 'ศูนย์เรียนรู้' }),
    );
    const url = `/api/v1/projects/${project.id}`;
    const bad = await korat.request('POST', `${url}/transitions`, {
      body: { action: 'allocate' },
      headers: ifMatch(project.version),
    });
    expect(bad.statusCode).toBe(409);
    expect(bad.json().detail).toBeDefined();
    const noReason = await korat.request('POST', `${url}/transitions`, {
      body: { action: 'cancel' },
      headers: ifMatch(project.version),
    });
    expect(noReason.statusCode).toBe(400);
    for (const action of [
      'propose',
      'check_readiness',
      'add_to_action_plan',
      'request',
      'include_in_draft_bill',
      'allocate',
    ]) {
      project = await expectStatus(korat, 200, 'POST', `${url}/transitions`, { action }, project.version);
    }
    expect(project.status).toBe('allocated');
    expect(project.budgetLocked).toBe(true);
    const locked = await korat.request('PATCH', url, {
      body: { budgetLines: [] },
      headers: ifMatch(project.version),
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.body).toContain('change request');
    await expectStatus(korat, 200, 'PATCH', url, { egpNumber: '66019123456' }, project.version);
  });

  it('creates a project from a project-set item inheriting its links, areas and budget', async () => {
    const created = await expectStatus(korat, 201, 'POST', `/api/v1/plan-items/${plan.itemId}/projects`, {
      fiscalYear: 2567,
      budgetType: 'operating',
      category: 'training',
    });
    const links = created.links as {
      planItemId: string;
      planIssueId: string;
      planApproachId: string;
      kpiIds: string[];
      alignment: { isPrimary: boolean }[];
    };
    expect(links.planItemId).toBe(plan.itemId);
    expect(links.planIssueId).toBe(plan.issueId);
    expect(links.planApproachId).toBe(plan.approachId);
    expect(links.kpiIds).toEqual([plan.kpiId]);
    expect(links.alignment.filter((link) => link.isPrimary)).toHaveLength(1);
    expect(created.totalSatang).toBe('125000050');
    expect((created.locations as { areaCode: string }[]).map((l) => l.areaCode)).toEqual(['3001']);
    const other = await chiangMai.request('POST', `/api/v1/plan-items/${plan.itemId}/projects`, {
      body: { fiscalYear: 2567, budgetType: 'operating', category: 'training' },
    });
    expect(other.statusCode).toBe(404);
  });

  it('keeps readiness evidence, checking the right before reading the upload', async () => {
    const project = await expectStatus(
      korat,
      201,
      'POST',
      '/api/v1/projects',
      projectBody({ title: 'อาคารอเนกประสงค์' }),
    );
    const url = `/api/v1/projects/${project.id}/evidence?item=design_estimate`;
    const refused = await auditor.request('POST', url, multipartFile('pr4.pdf', Buffer.from('%PDF-1.4')));
    expect(refused.statusCode).toBe(403);
    const withFile = await korat.request('POST', url, multipartFile('ปร4.pdf', Buffer.from('%PDF-1.4')));
    expect(withFile.statusCode).toBe(201);
    const files = (
      withFile.json() as { readiness: { item: string; files: { id: string }[] }[] }
    ).readiness.find((row) => row.item === 'design_estimate')?.files;
    expect(files).toHaveLength(1);
    const download = await korat.request('GET', `/api/v1/projects/${project.id}/evidence/${files?.[0]?.id}`);
    expect(download.body).toBe('%PDF-1.4');
    expect(
      (await chiangMai.request('GET', `/api/v1/projects/${project.id}/evidence/${files?.[0]?.id}`))
        .statusCode,
    ).toBe(404);
  });
});
