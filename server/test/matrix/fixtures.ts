import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { projects } from '../../features/projects/tables.js';
import type { TestClient, TestContext } from '../harness.js';
import { createNeedVia, createReadyPlan, householdBody, projectBody } from '../factories.js';
import { multipartFile } from '../multipart.js';

/** A real (decodable) photo, so its preview is made and can be read back. */
const sitePhoto = () =>
  sharp({ create: { width: 16, height: 12, channels: 3, background: '#6a8' } })
    .jpeg()
    .toBuffer();

/** Ids for every path parameter of the API, one set per province. */
export type ProvinceFixture = { provinceCode: string; byResource: Record<string, string> };

async function firstId(client: TestClient, url: string): Promise<string> {
  const body = (await client.request('GET', url)).json() as { items?: { id: string }[] } | { id: string }[];
  const items = Array.isArray(body) ? body : (body.items ?? []);
  return String(items[0]?.id ?? '');
}

/**
 * A draft plan with one of each child, a need with an attachment, an agency and a user in the province,
 * created by its own planner; `byResource` is keyed by the path segment before the `{id}`.
 */
export async function provinceFixture(
  planner: TestClient,
  admin: TestClient,
  provinceCode: string,
  areaCode: string,
  plannerUsername: string,
): Promise<ProvinceFixture> {
  const plan = await createReadyPlan(planner, { scope: 'province', provinceCode }, [areaCode]);
  const need = await createNeedVia(planner, { areaCode });
  const attachment = (
    await planner.request(
      'POST',
      `/api/v1/needs/${need.id}/attachments`,
      multipartFile('note.txt', Buffer.from('หมายเหตุ')),
    )
  ).json() as { id: string };
  const project = (
    await planner.request('POST', '/api/v1/projects', {
      body: projectBody({ provinceCode, locations: [{ areaCode }] }),
    })
  ).json() as { id: string };
  const withEvidence = (
    await planner.request(
      'POST',
      `/api/v1/projects/${project.id}/evidence?item=land`,
      multipartFile('land.txt', Buffer.from('โฉนด')),
    )
  ).json() as { readiness: { files: { id: string }[] }[] };
  const actionPlan = (
    await planner.request('POST', '/api/v1/action-plans', {
      body: { scope: 'province', provinceCode, fiscalYear: 2569 },
    })
  ).json() as { id: string };
  const committees = await committeeFixture(planner, provinceCode);
  const household = (
    await planner.request('POST', '/api/v1/households', { body: householdBody(areaCode) })
  ).json() as { id: string; members: { id: string }[] };
  const users = (await admin.request('GET', `/api/v1/users?q=${plannerUsername}`)).json() as {
    items: { id: string }[];
  };
  return {
    provinceCode,
    byResource: {
      plans: plan.planId,
      'plan-versions': plan.versionId,
      'plan-issues': plan.issueId,
      'plan-objectives': plan.objectiveId,
      'plan-kpis': plan.kpiId,
      kpis: plan.kpiId,
      orphans: 'missed_targets',
      'plan-approaches': plan.approachId,
      'plan-items': plan.itemId,
      needs: need.id,
      'action-plans': actionPlan.id,
      attachments: attachment.id,
      agencies: await firstId(admin, `/api/v1/agencies?provinceCode=${provinceCode}`),
      users: users.items[0]?.id ?? '',
      areas: areaCode,
      projects: project.id,
      evidence: withEvidence.readiness[0]?.files[0]?.id ?? '',
      ...committees,
      households: household.id,
      'household-members': household.members[0]?.id ?? '',
      provinces: provinceCode,
    },
  };
}

/**
 * The fixture project taken to "completed" (straight in the database: its lifecycle is the projects
 * tests' business), with a progress report, a photo and an asset with a photographed yearly check,
 * for the results and assets routes.
 */
export async function deliveredProjectIds(
  context: TestContext,
  planner: TestClient,
  projectId: string,
  areaCode: string,
): Promise<Record<string, string>> {
  await context.database.db.update(projects).set({ status: 'completed' }).where(eq(projects.id, projectId));
  await planner.request('PUT', `/api/v1/results/projects/${projectId}/progress`, {
    body: { fiscalYear: 2569, quarter: 1, physicalPercent: 100, status: 'completed' },
  });
  const withPhoto = (
    await planner.request(
      'POST',
      `/api/v1/results/projects/${projectId}/evidence?fiscalYear=2569&quarter=1`,
      multipartFile('site.jpg', await sitePhoto()),
    )
  ).json() as { progress: { evidence: { id: string }[] }[] };
  const registered = (
    await planner.request('POST', `/api/v1/assets/projects/${projectId}`, {
      body: {
        assets: [
          {
            type: 'construction',
            description: 'ถนนลาดยาง',
            quantity: 1,
            valueSatang: '250000000',
            handoverDate: '2026-03-31',
            locationAreaCode: areaCode,
            condition: 'good',
          },
        ],
      },
    })
  ).json() as { items: { id: string }[] };
  const assetId = registered.items[0]?.id ?? '';
  const checked = (
    await planner.request(
      'POST',
      `/api/v1/assets/${assetId}/checks/photo?checkedOn=2026-04-01&condition=good&inUse=true`,
      multipartFile('check.jpg', await sitePhoto()),
    )
  ).json() as { checks: { id: string }[] };
  return {
    'result-files': withPhoto.progress[0]?.evidence[0]?.id ?? '',
    assets: assetId,
    checks: checked.checks[0]?.id ?? '',
    'asset-checks': checked.checks[0]?.id ?? '',
  };
}

/** A committee of the province with a member, a held meeting, a free agenda item and a follow-up of it. */
async function committeeFixture(planner: TestClient, provinceCode: string): Promise<Record<string, string>> {
  const post = async (url: string, body: unknown) =>
    ((await planner.request('POST', url, { body })).json() as { id: string }).id;
  const committee = await post('/api/v1/committees', {
    kind: 'kbj',
    provinceCode,
    nameTh: 'ก.บ.จ. (ตรวจสิทธิ์)',
  });
  const member = await post(`/api/v1/committees/${committee}/members`, {
    personName: 'นายตรวจ สิทธิ์',
    position: 'ปลัดจังหวัด',
    seatType: 'government',
    role: 'member',
    validFrom: '2025-10-01',
  });
  const meeting = await post('/api/v1/meetings', {
    committeeId: committee,
    meetingNo: '1/2569',
    date: '2026-02-02',
    status: 'held',
  });
  // Signed minutes kept, so that reading them is a read of a record that exists.
  await planner.request(
    'POST',
    `/api/v1/meetings/${meeting}/signed-minutes`,
    multipartFile('signed.pdf', Buffer.from('%PDF-1.7\n')),
  );
  const item = await post(`/api/v1/meetings/${meeting}/agenda-items`, { section: 5, title: 'เรื่องอื่น ๆ' });
  const followUp = await post(`/api/v1/agenda-items/${item}/follow-ups`, { title: 'ติดตาม', owner: 'สนจ.' });
  return {
    committees: committee,
    'committee-members': member,
    meetings: meeting,
    'agenda-items': item,
    'committee-follow-ups': followUp,
  };
}

/** A library entry with a version and a provision cited by a step: ids by resource. */
async function regulationIds(admin: TestClient): Promise<Record<string, string>> {
  const body = {
    titleTh: 'ระเบียบทดสอบสิทธิ์',
    issuedOn: '2025-01-01',
    issuingBody: 'กระทรวงมหาดไทย',
    kind: 'regulation',
    summary: 'ใช้ทดสอบสิทธิ์',
    verified: false,
  };
  const entry = (await admin.request('POST', '/api/v1/regulations', { body })).json() as { id: string };
  await admin.request('POST', `/api/v1/regulations/${entry.id}/versions`, {
    body: { label: 'ฉบับเดิม', effectiveFrom: '2025-01-01' },
  });
  const withProvision = (
    await admin.request('POST', `/api/v1/regulations/${entry.id}/provisions`, {
      body: { reference: 'ข้อ 1', text: 'ข้อความทดสอบ' },
    })
  ).json() as { versions: { id: string }[]; provisions: { id: string }[] };
  const provisionId = withProvision.provisions[0]?.id ?? '';
  const citation = (
    await admin.request('POST', '/api/v1/regulation-citations', {
      body: { provisionId, targetKind: 'step', targetKey: 'plan_review' },
    })
  ).json() as { citation: { citationId: string } };
  return {
    regulations: entry.id,
    versions: withProvision.versions[0]?.id ?? '',
    'regulation-provisions': provisionId,
    'regulation-citations': citation.citation.citationId,
  };
}

/** Resources that are national (not kept apart by province): their ids are the same in both fixtures. */
export async function nationalIds(admin: TestClient): Promise<Record<string, string>> {
  const programme = (
    await admin.request('POST', '/api/v1/programmes', {
      body: {
        code: 'MATRIX-1',
        titleTh: 'โครงการสำคัญทดสอบสิทธิ์',
        titleEn: 'Matrix programme',
        objective: 'ทดสอบสิทธิ์',
        startDate: '2025-01-01',
        endDate: '2025-03-31',
        reportingFrequency: 'quarterly',
        reportDueDays: 15,
        components: [
          {
            key: 'main',
            titleTh: 'หลัก',
            titleEn: 'Main',
            indicators: [{ key: 'count', nameTh: 'จำนวน', nameEn: 'Count', unit: 'แห่ง', aggregation: 'sum' }],
          },
        ],
      },
    })
  ).json() as { id: string };
  return {
    ...(await regulationIds(admin)),
    programmes: programme.id,
    indicators: await firstId(admin, '/api/v1/indicators'),
    nodes: await firstId(admin, '/api/v1/alignment/nodes?limit=1'),
    'approval-steps': await firstId(admin, '/api/v1/approval-steps'),
    'need-dimensions': '1',
    targets: '2569',
  };
}

/** The URL of an operation for a fixture: each `{param}` takes the id of the resource named before it. */
export function urlFor(path: string, ids: Record<string, string>): string {
  const segments = path.split('/');
  return segments
    .map((segment, index) => {
      if (!segment.startsWith('{')) {
        return segment;
      }
      const resource = segments[index - 1] ?? '';
      return encodeURIComponent(ids[resource] ?? '00000000-0000-4000-8000-000000000000');
    })
    .join('/');
}

/** The query a list needs to answer at all (the unit it lists), for the fixture's province. */
export function queryFor(path: string, fixture: ProvinceFixture): string {
  return path === '/api/v1/dashboards/rules-failing'
    ? `?fiscalYear=2569&provinceCode=${fixture.provinceCode}`
    : '';
}
