import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/harness.js';
import { createReadyPlan, type ReadyPlan } from '../../../test/factories.js';
import { columnOf, editWorkbook, exportSheet, importSheet, treeJson } from './outputs-test-support.js';

let context: TestContext;
let planner: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
});
afterAll(() => context.close());

describe('project-set sheet import in batches', () => {
  it('undoes every applied batch when a late batch fails: the tree is exactly as before', async () => {
    const before = await treeJson(planner, plan);
    // 106 changes (two write batches): the existing item edited, then 105 new items; the 104th is refused.
    const edited = await editWorkbook(await exportSheet(planner, plan.versionId, 'items'), (sheet) => {
      const approachKey = sheet.getRow(3).getCell(columnOf(sheet, 'approach_key')).value;
      sheet.getRow(3).getCell(columnOf(sheet, 'title')).value = 'ชื่อใหม่จากการนำเข้า';
      sheet.getRow(3).getCell(columnOf(sheet, 'fy2568')).value = 99;
      for (let number = 1; number <= 105; number += 1) {
        const row = sheet.getRow(3 + number);
        row.getCell(columnOf(sheet, 'approach_key')).value = approachKey;
        row.getCell(columnOf(sheet, 'title')).value = `โครงการนำเข้า ${number}`;
        row.getCell(columnOf(sheet, 'funding_source')).value = 'องค์กรปกครองส่วนท้องถิ่น';
        row.getCell(columnOf(sheet, 'area_codes')).value = '3015';
        row.getCell(columnOf(sheet, 'fy2570')).value = 1000;
      }
    });
    await context.database.db.execute(
      sql.raw(`create function refuse_item() returns trigger language plpgsql as $$
        begin if new.title = 'โครงการนำเข้า 104' then raise exception 'refused'; end if; return new; end $$`),
    );
    await context.database.db.execute(
      sql`create trigger refuse_item before insert on plan_items for each row execute function refuse_item()`,
    );
    const { job } = await importSheet(context, planner, plan.versionId, 'items', edited).finally(() =>
      context.database.db.execute(sql`drop trigger refuse_item on plan_items`),
    );
    expect(job?.status).toBe('failed');
    // The database's refusal, not a row check (a row check would fail before anything is written).
    expect(job?.errorEn).toContain(`job ${job?.id}`);
    expect(await treeJson(planner, plan)).toEqual(before);
  }, 180_000);
});
