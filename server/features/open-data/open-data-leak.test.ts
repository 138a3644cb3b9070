import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_STATUSES } from '../../../domain/projects/project.js';
import { PUBLISHED_PROJECT_STATUSES } from '../../../domain/open-data/publication.js';
import { OPEN_DATASET_NAMES } from '../../../domain/open-data/datasets.js';
import { createNeedVia, createProjectAt } from '../../test/factories.js';
import { createTestContext, type TestContext } from '../../test/harness.js';
import { inPublicReadTransaction } from './public-read.js';

/**
 * Only published rows and public columns leave through the public read path: a project in every
 * unpublished status, internal notes on a published one and the personal details on a need it
 * answers are planted, then every open-data answer is searched for them.
 */
const NOTE = 'บันทึกภายใน-INTERNAL-NOTE';
const PERSON = 'นายสมชาย ใจดี 081-234-5678';
// The portal's pages read through the same path, so they are searched too (the search asks for
// โครงการ, a word in every planted draft's title).
const publicUrls = (code: string) => [
  '/api/open/v1/projects?limit=500',
  '/api/open/v1/projects?provinceCode=30&q=ร่าง',
  '/api/open/v1/dictionary',
  '/api/open/v1/oc4ids/provinces/30',
  `/api/open/v1/oc4ids/projects/${encodeURIComponent(code)}`,
  '/portal',
  '/portal/provinces/30',
  '/portal/provinces/30?lang=en',
  `/portal/projects/${encodeURIComponent(code)}`,
  `/portal/projects/${encodeURIComponent(code)}/feed.atom`,
  '/portal/search?q=%E0%B9%82%E0%B8%84%E0%B8%A3%E0%B8%87%E0%B8%81%E0%B8%B2%E0%B8%A3',
  '/portal/search?q=ฝาย',
  ...OPEN_DATASET_NAMES.flatMap((name) => [
    `/api/open/v1/datasets/${name}.csv`,
    `/api/open/v1/datasets/${name}.json`,
  ]),
];

let context: TestContext;
let published: { id: string; code: string };
const drafts: { status: string; code: string; title: string }[] = [];

beforeAll(async () => {
  context = await createTestContext();
  const planner = await context.signIn('planner.korat');
  published = await createProjectAt(context, planner, 'spending', {
    title: 'ก่อสร้างฝายชะลอน้ำบ้านหนองบัว',
    objective: 'เพื่อเก็บน้ำไว้ใช้ในฤดูแล้ง',
    beneficiaryNote: NOTE,
    receiverName: PERSON,
  });
  await context.database.db.execute(
    sql`update projects set status_reason = ${NOTE} where id = ${published.id}`,
  );
  await context.database.db.execute(sql`insert into spending_actuals
    (project_id, province_code, fiscal_year, fiscal_month, funds, spending_class, committed_satang, disbursed_satang, source)
    values (${published.id}, '30', 2569, 3, 'budget', 'capital', 100000000, 40000000, 'entered'),
           (${published.id}, '30', 2569, 4, 'budget', 'capital', 0, 60000000, 'entered')`);
  const need = await createNeedVia(planner, { sourceDocument: PERSON, description: NOTE });
  await context.database.db.execute(sql`update needs set linked_entity_type = 'project',
    linked_entity_id = ${published.id}, status = 'linked' where id = ${need.id}`);
  for (const status of PROJECT_STATUSES.filter(
    (s) => !(PUBLISHED_PROJECT_STATUSES as readonly string[]).includes(s),
  )) {
    const title = `โครงการร่าง-${status}`;
    const draft = await createProjectAt(context, planner, status, { title });
    drafts.push({ status, code: draft.code, title });
  }
}, 120_000);
afterAll(() => context?.close());

describe('the public read path', () => {
  it('answers every public URL without an account, naming the published project', async () => {
    for (const url of publicUrls(published.code)) {
      const response = await context.app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
    }
    const projects = await context.app.inject({ method: 'GET', url: '/api/open/v1/projects' });
    expect(projects.json().items.map((item: { code: string }) => item.code)).toEqual([published.code]);
    const province = await context.app.inject({ method: 'GET', url: '/portal/provinces/30' });
    expect(province.body).toContain('ก่อสร้างฝายชะลอน้ำบ้านหนองบัว');
    const page = await context.app.inject({ method: 'GET', url: `/portal/projects/${published.code}` });
    expect(page.body).toContain('ถนนลูกรังชำรุดในหมู่บ้าน');
    expect(projects.json().items[0]).toMatchObject({
      title: 'ก่อสร้างฝายชะลอน้ำบ้านหนองบัว',
      committedSatang: '100000000',
      disbursedSatang: '100000000',
      latitude: 14.97,
      longitude: 102.1,
    });
  });

  it('never shows a project in an unpublished status, an internal note or a personal detail', async () => {
    expect(drafts.length).toBe(PROJECT_STATUSES.length - PUBLISHED_PROJECT_STATUSES.length);
    for (const url of publicUrls(published.code)) {
      const body = (await context.app.inject({ method: 'GET', url })).body;
      for (const draft of drafts) {
        expect(body, `${url} shows the ${draft.status} project`).not.toContain(draft.title);
        expect(body, `${url} shows the ${draft.status} project`).not.toContain(draft.code);
      }
      expect(body, url).not.toContain(NOTE);
      expect(body, url).not.toContain('สมชาย');
      expect(body, url).not.toContain('081-234-5678');
    }
    for (const draft of drafts) {
      for (const url of [`/api/open/v1/oc4ids/projects/`, '/portal/projects/']) {
        const response = await context.app.inject({
          method: 'GET',
          url: `${url}${encodeURIComponent(draft.code)}`,
        });
        expect(response.statusCode, `${url} ${draft.status}`).toBe(404);
      }
    }
  });

  it('refuses the public role any private table, so a forgotten filter fails instead of leaking', async () => {
    for (const table of ['projects', 'needs', 'spending_actuals', 'users', 'audit_events', 'plan_versions']) {
      const failure = await inPublicReadTransaction(context.database, (tx) =>
        tx.execute(sql`select * from ${sql.identifier(table)} limit 1`),
      ).then(
        () => 'read',
        (error: Error) => String(error.cause instanceof Error ? error.cause.message : error.message),
      );
      expect(failure, table).toMatch(/permission denied/);
    }
  });
});
