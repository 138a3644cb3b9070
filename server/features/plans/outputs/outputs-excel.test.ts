import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestClient, type TestContext } from '../../../test/harness.js';
import { columnOf, editWorkbook, exportSheet, importSheet, treeJson } from './outputs-test-support.js';
import { createReadyPlan, expectStatus, type ReadyPlan } from '../../../test/factories.js';
import { multipartFile } from '../../../test/multipart.js';

let context: TestContext;
let planner: TestClient;
let auditor: TestClient;
let plan: ReadyPlan;
beforeAll(async () => {
  context = await createTestContext();
  planner = await context.signIn('planner.korat');
  auditor = await context.signIn('auditor');
  plan = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3015']);
  await expectStatus(planner, 201, 'POST', `/api/v1/plan-objectives/${plan.objectiveId}/kpis`, {
    name: 'ร้อยละครัวเรือนที่มีน้ำใช้',
    unit: 'ร้อยละ',
    direction: 'higher_is_better',
    rollup: 'weighted',
    targets: [
      { fiscalYear: 2567, areaCode: null, value: '80.5' },
      { fiscalYear: 2567, areaCode: '3001', value: '75' },
    ],
  });
});
afterAll(() => context.close());

const itemsOf = async (client: TestClient, jobId: string) =>
  (await expectStatus(client, 200, 'GET', `/api/v1/jobs/${jobId}/items`)).items as {
    itemNo: number;
    ok: boolean;
    itemKey: string;
    messages: { field?: string; th: string; en: string }[];
  }[];

describe('KPI sheet export and import', () => {
  it('exports a Thai header row, a key row and a row per KPI and area, with a Thai file name', async () => {
    const response = await planner.request('GET', `/api/v1/plan-versions/${plan.versionId}/kpis.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="[^"]+\.xlsx"; filename\*=UTF-8''%E0%B8/,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('ตัวชี้วัดและค่าเป้าหมาย');
    expect(sheet?.getRow(1).getCell(1).value).toBe('รหัสอ้างอิงตัวชี้วัด (ห้ามแก้ไข)');
    expect(sheet?.getRow(2).values).toEqual(
      expect.arrayContaining(['stable_key', 'area_code', 'name', 'fy2566', 'fy2570']),
    );
    expect(sheet?.rowCount).toBe(2 + 3);
    expect(workbook.worksheets.map((each) => each.name)).toEqual(['ตัวชี้วัดและค่าเป้าหมาย', 'คำอธิบาย']);
  });

  it('changes nothing when the exported file is imported again', async () => {
    const before = await treeJson(planner, plan);
    const { response, job } = await importSheet(
      context,
      planner,
      plan.versionId,
      'kpis',
      await exportSheet(planner, plan.versionId, 'kpis'),
    );
    expect(response.statusCode).toBe(202);
    expect(job).toMatchObject({
      status: 'succeeded',
      progressDone: 3,
      progressTotal: 3,
      result: { totalRows: 3, changedRows: 0, failedRows: 0 },
    });
    expect((await itemsOf(planner, job?.id ?? '')).map((item) => item.messages[0]?.en)).toEqual([
      'No change',
      'No change',
      'No change',
    ]);
    expect(await treeJson(planner, plan)).toEqual(before);
  });

  it('updates edited rows in place and audits each changed KPI with the job as reason', async () => {
    const edited = await editWorkbook(await exportSheet(planner, plan.versionId, 'kpis'), (sheet) => {
      sheet.getRow(3).getCell(columnOf(sheet, 'name')).value = 'รายได้ครัวเรือนเกษตรเฉลี่ย';
      sheet.getRow(3).getCell(columnOf(sheet, 'fy2569')).value = 91500.25;
      sheet.getRow(5).getCell(columnOf(sheet, 'fy2568')).value = '77.5';
    });
    const { job } = await importSheet(context, planner, plan.versionId, 'kpis', edited);
    expect(job, JSON.stringify(job)).toMatchObject({
      status: 'succeeded',
      result: { changedRows: 2, unchangedRows: 1 },
    });
    const tree = (await treeJson(planner, plan)) as {
      issues: {
        objectives: { kpis: { id: string; name: string; version: number; targets: unknown[] }[] }[];
      }[];
    };
    const [kpi, areaKpi] = tree.issues[0]?.objectives[0]?.kpis ?? [];
    expect(kpi).toMatchObject({ id: plan.kpiId, name: 'รายได้ครัวเรือนเกษตรเฉลี่ย', version: 2 });
    expect(kpi?.targets).toContainEqual({ fiscalYear: 2569, areaCode: null, value: '91500.25' });
    expect(areaKpi?.targets).toContainEqual({ fiscalYear: 2568, areaCode: '3001', value: '77.5' });
    const audit = await expectStatus(
      auditor,
      200,
      'GET',
      `/api/v1/audit?entityType=plan_kpi&entityId=${plan.kpiId}`,
    );
    const event = (audit.items as { action: string; reason: string; changes: Record<string, unknown> }[])[0];
    expect(event).toMatchObject({ action: 'update', reason: `import ${job?.id}` });
    expect(Object.keys(event?.changes ?? {}).sort()).toEqual(['name', 'targets']);
  });

  it('refuses a sheet with bad rows, reports every row in Thai and English, and saves nothing', async () => {
    const before = await treeJson(planner, plan);
    const bad = await editWorkbook(await exportSheet(planner, plan.versionId, 'kpis'), (sheet) => {
      sheet.getRow(3).getCell(columnOf(sheet, 'fy2566')).value = 'แปดหมื่น';
      sheet.getRow(4).getCell(columnOf(sheet, 'stable_key')).value = '00000000-0000-4000-8000-000000000000';
      sheet.getRow(5).getCell(columnOf(sheet, 'area_code')).value = '3099';
      const extra = sheet.columnCount + 1;
      sheet.getRow(1).getCell(extra).value = 'ค่าเป้าหมาย ปี พ.ศ. 2571';
      sheet.getRow(2).getCell(extra).value = 'fy2571';
      sheet.getRow(3).getCell(extra).value = 95000;
      sheet.addRow([]);
      sheet.getRow(6).getCell(columnOf(sheet, 'stable_key')).value = null;
      sheet.getRow(6).getCell(columnOf(sheet, 'name')).value = 'ตัวชี้วัดใหม่';
    });
    const { job } = await importSheet(context, planner, plan.versionId, 'kpis', bad);
    expect(job).toMatchObject({ status: 'failed', result: { totalRows: 4, failedRows: 4 } });
    expect(job?.errorTh).toContain('ไม่มีการบันทึกข้อมูลใด ๆ');
    expect(job?.errorEn).toContain('nothing was saved');
    const items = await itemsOf(planner, job?.id ?? '');
    expect(
      items.map((item) => [item.itemNo, item.ok, item.messages.map((message) => message.field)]),
    ).toEqual([
      [3, false, ['fy2571', 'fy2566']],
      [4, false, ['stable_key']],
      [5, false, ['area_code']],
      [6, false, ['stable_key']],
    ]);
    expect(items[0]?.messages[1]).toEqual({
      field: 'fy2566',
      th: '"แปดหมื่น" ไม่ใช่ตัวเลข (ทศนิยมไม่เกิน 6 ตำแหน่ง)',
      en: '"แปดหมื่น" is not a number (at most 6 decimals)',
    });
    expect(items[2]?.messages[0]?.th).toBe('ไม่พบพื้นที่รหัส 3099');
    expect(await treeJson(planner, plan)).toEqual(before);
  });
});

describe('control characters in a plan sheet', () => {
  it('are row errors naming the column, and nothing is saved', async () => {
    const before = await treeJson(planner, plan);
    // Excel stores a control character as _xHHHH_ in the sheet's XML; this one is NUL.
    const bad = await editWorkbook(await exportSheet(planner, plan.versionId, 'kpis'), (sheet) => {
      sheet.getRow(4).getCell(columnOf(sheet, 'name')).value = 'ตัวชี้วัด_x0000_';
    });
    const { job } = await importSheet(context, planner, plan.versionId, 'kpis', bad);
    expect(job).toMatchObject({ status: 'failed', result: { failedRows: 1 } });
    const items = await itemsOf(planner, job?.id ?? '');
    expect(items.map((item) => [item.itemNo, item.messages.map((message) => message.field)])).toEqual([
      [4, ['name']],
    ]);
    expect(await treeJson(planner, plan)).toEqual(before);
  });
});

describe('project-set sheet export and import', () => {
  it('changes nothing when the exported file is imported again', async () => {
    const before = await treeJson(planner, plan);
    const file = await exportSheet(planner, plan.versionId, 'items');
    const { job } = await importSheet(context, planner, plan.versionId, 'items', file);
    expect(job).toMatchObject({ status: 'succeeded', result: { totalRows: 1, changedRows: 0 } });
    expect(await treeJson(planner, plan)).toEqual(before);
  });

  it('edits budgets in baht to exact satang and adds a new item under the approach key', async () => {
    const edited = await editWorkbook(await exportSheet(planner, plan.versionId, 'items'), (sheet) => {
      const approachKey = sheet.getRow(3).getCell(columnOf(sheet, 'approach_key')).value;
      sheet.getRow(3).getCell(columnOf(sheet, 'fy2568')).value = 2500000.55;
      const row = sheet.getRow(4);
      row.getCell(columnOf(sheet, 'approach_key')).value = approachKey;
      row.getCell(columnOf(sheet, 'title')).value = 'โครงการธนาคารน้ำใต้ดิน';
      row.getCell(columnOf(sheet, 'funding_source')).value = 'องค์กรปกครองส่วนท้องถิ่น';
      row.getCell(columnOf(sheet, 'area_codes')).value = '3001, 3015';
      row.getCell(columnOf(sheet, 'fy2570')).value = '1,000,000.10';
    });
    const { job } = await importSheet(context, planner, plan.versionId, 'items', edited);
    expect(job).toMatchObject({ status: 'succeeded', result: { totalRows: 2, changedRows: 2 } });
    const tree = (await treeJson(planner, plan)) as {
      issues: {
        approaches: {
          items: {
            id: string;
            title: string;
            budgets: unknown[];
            fundingSource: string;
            areaCodes: string[];
            totalSatang: string;
          }[];
        }[];
      }[];
    };
    const [edit, added] = tree.issues[0]?.approaches[0]?.items ?? [];
    expect(edit?.budgets).toEqual([
      { fiscalYear: 2567, amountSatang: '125000050' },
      { fiscalYear: 2568, amountSatang: '250000055' },
    ]);
    expect(added).toMatchObject({
      title: 'โครงการธนาคารน้ำใต้ดิน',
      fundingSource: 'local_government',
      areaCodes: ['3001', '3015'],
      totalSatang: '100000010',
    });
    const audit = await expectStatus(
      auditor,
      200,
      'GET',
      `/api/v1/audit?entityType=plan_item&entityId=${added?.id}`,
    );
    expect((audit.items as { action: string; reason: string }[])[0]).toMatchObject({
      action: 'create',
      reason: `import ${job?.id}`,
    });
  });

  it('refuses bad rows (negative or non-numeric money, unknown source or area, no approach) and saves nothing', async () => {
    const before = await treeJson(planner, plan);
    const bad = await editWorkbook(await exportSheet(planner, plan.versionId, 'items'), (sheet) => {
      sheet.getRow(3).getCell(columnOf(sheet, 'fy2566')).value = -100;
      sheet.getRow(3).getCell(columnOf(sheet, 'fy2567')).value = 'หนึ่งล้าน';
      sheet.getRow(4).getCell(columnOf(sheet, 'funding_source')).value = 'เงินกู้';
      sheet.getRow(4).getCell(columnOf(sheet, 'area_codes')).value = '3015, 9999';
      const row = sheet.getRow(5);
      row.getCell(columnOf(sheet, 'title')).value = 'ไม่มีแนวทาง';
      row.getCell(columnOf(sheet, 'funding_source')).value = 'province';
    });
    const { job } = await importSheet(context, planner, plan.versionId, 'items', bad);
    expect(job).toMatchObject({ status: 'failed', result: { totalRows: 3, failedRows: 3 } });
    const items = await itemsOf(planner, job?.id ?? '');
    expect(items.map((item) => item.messages.map((message) => message.field))).toEqual([
      ['fy2566', 'fy2567'],
      ['funding_source', 'area_codes'],
      ['approach_key'],
    ]);
    expect(items[0]?.messages[0]).toMatchObject({
      th: 'จำนวนเงินต้องไม่ติดลบ',
      en: 'The amount must not be negative',
    });
    expect(await treeJson(planner, plan)).toEqual(before);
  });
});

describe('who may export and import', () => {
  it('refuses imports into an approved version (409 in both languages)', async () => {
    const locked = await createReadyPlan(planner, { scope: 'province', provinceCode: '30' }, ['3001']);
    const file = await exportSheet(planner, locked.versionId, 'kpis');
    await expectStatus(
      planner,
      200,
      'POST',
      `/api/v1/plan-versions/${locked.versionId}/transitions`,
      { action: 'submit' },
      2,
    );
    const head = await context.signIn('head.korat');
    const approval = { action: 'committee_approve', meetingNo: '2/2568', meetingDate: '2025-01-15' };
    const approved = await expectStatus(
      head,
      200,
      'POST',
      `/api/v1/plan-versions/${locked.versionId}/transitions`,
      approval,
      3,
    );
    expect(JSON.stringify(approved)).toContain('committee_approved');
    for (const which of ['kpis', 'items'] as const) {
      const { response } = await importSheet(context, planner, locked.versionId, which, file);
      expect(response.statusCode).toBe(409);
      expect(response.json().messages.th).toContain('แก้ไขไม่ได้');
      expect(response.json().messages.en).toContain('locked');
    }
    expect(
      (await planner.request('GET', `/api/v1/plan-versions/${locked.versionId}/items.xlsx`)).statusCode,
    ).toBe(200);
  });

  it('hides another province’s version (404) and keeps read-only roles from importing (403)', async () => {
    const outsider = await context.signIn('planner.chiangmai');
    const file = await exportSheet(planner, plan.versionId, 'kpis');
    expect(
      (await outsider.request('GET', `/api/v1/plan-versions/${plan.versionId}/kpis.xlsx`)).statusCode,
    ).toBe(404);
    expect((await importSheet(context, outsider, plan.versionId, 'kpis', file)).response.statusCode).toBe(
      404,
    );
    expect((await outsider.request('POST', `/api/v1/plan-versions/${plan.versionId}/pdf`)).statusCode).toBe(
      404,
    );
    expect(
      (await auditor.request('GET', `/api/v1/plan-versions/${plan.versionId}/items.xlsx`)).statusCode,
    ).toBe(200);
    expect((await importSheet(context, auditor, plan.versionId, 'kpis', file)).response.statusCode).toBe(403);
    const anonymous = await context.app.inject({
      method: 'GET',
      url: `/api/v1/plan-versions/${plan.versionId}/kpis.xlsx`,
    });
    expect(anonymous.statusCode).toBe(401);
  });

  it('asks for a file and refuses other kinds', async () => {
    const empty = await planner.request('POST', `/api/v1/plan-versions/${plan.versionId}/kpis/import`, {
      body: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().messages.th).toContain('กรุณาแนบไฟล์');
    const { body, headers } = multipartFile('plan.pdf', Buffer.from('%PDF-1.4'));
    const pdf = await planner.request('POST', `/api/v1/plan-versions/${plan.versionId}/items/import`, {
      body,
      headers,
    });
    expect(pdf.statusCode).toBe(415);
  });
});
