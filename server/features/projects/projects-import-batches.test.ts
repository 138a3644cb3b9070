import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { expectStatus, finishedJob, projectBody } from '../../test/factories.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let korat: TestClient;
const COPIES = 104;

beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
  const baht = '100000000';
  const created = await expectStatus(
    korat,
    201,
    'POST',
    '/api/v1/projects',
    projectBody({
      title: 'ถนนสายบ้านโคก',
      budgetLines: [
        { description: 'ถนน', budgetType: 'investment', category: 'construction', amountSatang: baht },
      ],
      schedule: [{ fiscalYear: 2569, amountSatang: baht }],
    }),
  );
  // Copies of that project with their own budget line and schedule: enough rows for two write batches.
  const db = context.database.db;
  await db.execute(sql`
    insert into projects
    select (jsonb_populate_record(p, jsonb_build_object('id', gen_random_uuid(),
      'code', 'P30-2569-' || lpad((100 + n)::text, 4, '0'), 'search_tokens', null))).*
    from projects p, generate_series(1, ${COPIES}) n where p.id = ${created.id}`);
  await db.execute(sql`
    insert into project_budget_lines
    select (jsonb_populate_record(l, jsonb_build_object('id', gen_random_uuid(), 'project_id', c.id))).*
    from project_budget_lines l, projects c where l.project_id = ${created.id} and c.id <> ${created.id}`);
  await db.execute(sql`
    insert into project_schedule
    select (jsonb_populate_record(s, jsonb_build_object('project_id', c.id))).*
    from project_schedule s, projects c where s.project_id = ${created.id} and c.id <> ${created.id}`);
});
afterAll(() => context.close());

const everyProject = () =>
  selectRows<Record<string, unknown>>(
    context.database.db,
    sql`select p.code, p.total_satang::text, p.version, p.title,
          (select string_agg(amount_satang::text, ',') from project_budget_lines l where l.project_id = p.id) lines,
          (select string_agg(fiscal_year || ':' || amount_satang, ',') from project_schedule s where s.project_id = p.id) schedule
        from projects p order by p.code`,
  );

/** The exported list as CSV with every amount changed to `baht`. */
async function everyAmountChanged(baht: string): Promise<Buffer> {
  const response = await korat.request('GET', '/api/v1/projects/export?fiscalYear=2569');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push(
      Array.from((row.values as unknown[]).slice(1), (value) =>
        value === null || value === undefined ? '' : String(value),
      ),
    );
  });
  const amount = rows[1]?.indexOf('total_baht') ?? -1;
  const edited = rows.map((cells, index) => (index < 2 ? cells : cells.with(amount, baht)));
  return Buffer.from(
    edited.map((cells) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',')).join('\n'),
  );
}

describe('project import in batches', () => {
  it('undoes the batches already written when a later batch fails: facts, budget lines and schedules as before', async () => {
    const before = await everyProject();
    expect(before).toHaveLength(COPIES + 1);
    const refused = before.at(-1)?.code;
    await context.database.db.execute(
      sql.raw(`create function refuse_project() returns trigger language plpgsql as $$
        begin if new.code = '${refused}' and new.total_satang = 123456789 then raise exception 'refused'; end if;
        return new; end $$`),
    );
    await context.database.db.execute(
      sql`create trigger refuse_project before update on projects for each row execute function refuse_project()`,
    );
    const upload = multipartFile('projects.csv', await everyAmountChanged('1234567.89'), 'text/csv');
    const response = await korat.request('POST', '/api/v1/projects/imports', upload);
    expect(response.statusCode).toBe(202);
    const job = await finishedJob(context, korat, (response.json() as { job: { id: string } }).job.id);
    await context.database.db.execute(sql`drop trigger refuse_project on projects`);
    expect(job.status).toBe('failed');
    expect(await everyProject()).toEqual(before);
    // The first batch was written, then taken back (audited), rather than held in one transaction.
    const [undone] = await selectRows<{ count: number }>(
      context.database.db,
      sql`select count(*)::int as count from audit_events where reason = ${`import ${job.id} undone`}`,
    );
    expect(undone?.count).toBeGreaterThanOrEqual(100);
  });
});
