import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEED_SHEET_COLUMNS, type NeedSheetKey } from '../../../domain/needs/import-sheet.js';
import { selectRows } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { jobContext } from '../../platform/jobs/context.js';
import { WRITE_BATCH } from '../../platform/jobs/staged-writes.js';
import { storedFiles } from '../../platform/jobs/tables.js';
import { createTestContext, type TestClient, type TestContext } from '../../test/harness.js';
import { actorOf, createNeedVia, needBody } from '../../test/factories.js';
import { multipartFile } from '../../test/multipart.js';
import { NEED_IMPORT_JOB, runNeedImport } from './import-job.js';

let context: TestContext;
let planner: TestClient;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
});
afterAll(() => context.close());

type Cells = Partial<Record<NeedSheetKey, string | number>>;

const row = (title: string, extra: Cells = {}): Cells => ({
  area_code: '300101',
  title,
  description: 'รายละเอียด',
  origin: 'public_forum',
  source_date: '15/01/2569',
  dimension: 'สังคม',
  households: 5,
  people: 12,
  fiscal_year: 2570,
  ...extra,
});

/** A workbook with the column keys as header, which the needs import accepts like its template. */
async function needsXlsx(rows: Cells[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('needs');
  sheet.addRow(NEED_SHEET_COLUMNS.map((column) => column.key));
  rows.forEach((cells) => sheet.addRow(NEED_SHEET_COLUMNS.map((column) => cells[column.key] ?? '')));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const needCount = async () =>
  Number(
    (await selectRows<{ count: string }>(context.database.db, sql`select count(*) as count from needs`))[0]
      ?.count,
  );

/** The stored need and its source rows, without the update time. */
const storedNeed = async (id: string) =>
  selectRows(
    context.database.db,
    sql`select to_jsonb(n) - 'updated_at' as need,
               (select jsonb_agg(to_jsonb(s) order by s.id) from need_sources s where s.need_id = n.id) as sources
        from needs n where n.id = ${id}`,
  );

const numbered = (count: number) => Array.from({ length: count }, (_, index) => row(`นำเข้า ${index + 1}`));

describe('needs import in batches', () => {
  it('undoes every applied batch when a late batch fails: no new rows, updated needs as before', async () => {
    const existing = await createNeedVia(planner);
    const before = await storedNeed(existing.id);
    const countBefore = await needCount();
    // 250 writes: the update and 99 new needs, 100 new, then 50 new of which one is refused.
    const rows = [row('ชื่อใหม่จากการนำเข้า', { reference_no: existing.referenceNo }), ...numbered(249)];
    await context.database.db.execute(
      sql.raw(`create function refuse_need() returns trigger language plpgsql as $$
        begin if new.title = 'นำเข้า 240' then raise exception 'refused'; end if; return new; end $$`),
    );
    await context.database.db.execute(
      sql`create trigger refuse_need before insert on needs for each row execute function refuse_need()`,
    );
    const file = multipartFile('needs.xlsx', await needsXlsx(rows));
    const upload = await planner
      .request('POST', '/api/v1/needs/imports', file)
      .finally(() => context.jobs.idle())
      .finally(() => context.database.db.execute(sql`drop trigger refuse_need on needs`));
    expect(upload.statusCode).toBe(202);

    const job = (await planner.request('GET', `/api/v1/jobs/${upload.json().job.id}`)).json();
    expect(job.status).toBe('failed');
    // The database's refusal, not a row check (a row check would fail before anything is written).
    expect(job.errorEn).toContain(`job ${job.id}`);
    expect(await needCount()).toBe(countBefore);
    expect(await storedNeed(existing.id)).toEqual(before);
    const staged = await selectRows(context.database.db, sql`select 1 from job_staging`);
    expect(staged).toEqual([]);
  });

  it('lets another request write between its batches and finishes with both saved', async () => {
    const actor = await actorOf(context, 'planner.korat');
    const content = await needsXlsx(numbered(300));
    const job = await inSystemTransaction(context.database, async (tx) => {
      const [file] = await tx
        .insert(storedFiles)
        .values({ fileName: 'needs.xlsx', mimeType: 'application/octet-stream', sizeBytes: 1, content })
        .returning({ id: storedFiles.id });
      return context.jobs.enqueue(tx, {
        kind: NEED_IMPORT_JOB,
        input: { fileId: file?.id },
        createdBy: actor.userId,
        provinceCode: null,
      });
    });
    const countBefore = await needCount();
    const base = jobContext(context.database, job);
    let concurrent = 0;
    const outcome = await runNeedImport({
      ...base,
      reportProgress: async (done, total) => {
        // After the first write batch: one big import transaction would hold this request.
        if (done === WRITE_BATCH && concurrent === 0) {
          concurrent = (await planner.request('POST', '/api/v1/needs', { body: needBody() })).statusCode;
        }
        await base.reportProgress(done, total);
      },
    });
    expect(concurrent).toBe(201);
    expect(outcome).toMatchObject({ status: 'succeeded', result: { inserted: 300 } });
    expect(await needCount()).toBe(countBefore + 301);
  });
});
