import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';
import { insertProject } from './test-projects.js';

let context: TestContext;
let korat: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  korat = await context.signIn('planner.korat');
});
afterAll(() => context.close());

async function importCsv(lines: readonly string[]) {
  const csv = ['fiscal_year,fiscal_month,project_code,committed,disbursed', ...lines].join('\n');
  const upload = multipartFile('gfmis.csv', Buffer.from(csv), 'text/csv');
  const response = await korat.request('POST', '/api/v1/spending/imports', upload);
  expect(response.statusCode).toBe(202);
  await context.jobs.idle();
  return (await korat.request('GET', `/api/v1/jobs/${response.json().job.id}`)).json();
}

const everyFigure = () =>
  selectRows<Record<string, unknown>>(
    context.database.db,
    sql`select project_id, fiscal_year, fiscal_month, funds, committed_satang::text, disbursed_satang::text,
          source, import_job_id, recorded_at from spending_actuals order by project_id, fiscal_month, funds`,
  );

describe('spending import in batches', () => {
  it('undoes the batches already written when a later batch fails, putting replaced figures back', async () => {
    const projects: { id: string; code: string }[] = [];
    for (let index = 0; index < 10; index += 1) {
      projects.push(await insertProject(context, { provinceCode: '30' }));
    }
    const months = (disbursed: number) =>
      projects.flatMap((project) =>
        Array.from({ length: 12 }, (_, month) => `2569,${month + 1},${project.code},0,${disbursed}`),
      );
    expect((await importCsv(months(100))).status).toBe('succeeded');
    const entered = await insertProject(context, { provinceCode: '30' });
    await context.database.db.execute(sql`
      insert into spending_actuals (project_id, province_code, fiscal_year, fiscal_month, funds, spending_class,
        committed_satang, disbursed_satang, source)
      values (${entered.id}, '30', 2569, 5, 'budget', 'investment', 0, 777, 'entered')`);
    const before = await everyFigure();

    // 120 replaced figures, 121 new ones and the audit entry: three write batches; the database
    // refuses the last new figure, so two batches are already written when the third fails.
    const refusedProject = projects.at(-1)?.id ?? '';
    await context.database.db.execute(
      sql.raw(`create function refuse_figure() returns trigger language plpgsql as $$
        begin if new.project_id = '${refusedProject}' and new.fiscal_month = 12
          and new.disbursed_satang = 20000 then
          raise exception 'refused'; end if; return new; end $$`),
    );
    await context.database.db.execute(
      sql`create trigger refuse_figure before insert on spending_actuals for each row execute function refuse_figure()`,
    );
    const job = await importCsv([`2569,5,${entered.code},0,1`, ...months(200)]);
    await context.database.db.execute(sql`drop trigger refuse_figure on spending_actuals`);
    expect(job.status).toBe('failed');
    expect(`${job.errorEn}`).toContain('nothing was saved');
    expect(await everyFigure()).toEqual(before);
  });
});
