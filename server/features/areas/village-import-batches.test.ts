import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows } from '../../platform/db/client.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { multipartFile } from '../../test/multipart.js';

let context: TestContext;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
});
afterAll(() => context.close());

async function importCsv(lines: string[]) {
  const upload = multipartFile(
    'villages.csv',
    Buffer.from(['code,name_th,name_en', ...lines].join('\n')),
    'text/csv',
  );
  const response = await planner.request('POST', '/api/v1/areas/imports', upload);
  expect(response.statusCode).toBe(202);
  await context.jobs.idle();
  return (await planner.request('GET', `/api/v1/jobs/${response.json().job.id}`)).json();
}

const villagesUnder = async (prefix: string) =>
  selectRows<{ code: string; name_th: string }>(
    context.database.db,
    sql`select code, name_th from areas where level = 'village' and code like ${`${prefix}%`} order by code`,
  );

describe('village import in batches', () => {
  it('undoes the batches already written when a later batch fails, so the job saves nothing', async () => {
    expect((await importCsv(['30010101,บ้านเดิม,'])).status).toBe('succeeded');
    // 450 villages: three write batches; the database refuses one row of the last batch.
    const lines = ['30010101,บ้านเปลี่ยนชื่อ,'];
    for (let number = 2; number <= 450; number += 1) {
      const subdistrict = 300101 + Math.floor(number / 90);
      lines.push(`${subdistrict}${String((number % 90) + 1).padStart(2, '0')},บ้าน ${number},`);
    }
    const refused = lines[440]?.slice(0, 8) ?? '';
    await context.database.db.execute(
      sql.raw(`create function refuse_village() returns trigger language plpgsql as $$
        begin if new.code = '${refused}' then raise exception 'refused %', new.code; end if; return new; end $$`),
    );
    await context.database.db.execute(
      sql`create trigger refuse_village before insert on areas for each row execute function refuse_village()`,
    );
    const job = await importCsv(lines);
    await context.database.db.execute(sql`drop trigger refuse_village on areas`);
    expect(job.status).toBe('failed');
    expect(`${job.errorEn}`).toContain('nothing was saved');
    expect(`${job.errorEn}${job.errorTh}`).not.toContain(refused);
    const after = await villagesUnder('3001');
    expect(after).toEqual([{ code: '30010101', name_th: 'บ้านเดิม' }]);
  });
});
