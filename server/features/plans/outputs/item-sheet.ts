import { FUNDING_SOURCE_LABELS } from '../../../../domain/plans/plan.js';
import type { SheetColumn, SheetSpec } from '../../../platform/excel/write.js';
import type { PlanVersionTree } from '../tree.js';
import { itemAmounts } from '../../../../domain/plans/outputs/budget-totals.js';
import { fyKey } from '../../../../domain/plans/outputs/sheet-values.js';

/** Columns that name the row; the import needs them. */
export const ITEM_REQUIRED_KEYS = ['stable_key', 'approach_key', 'title'] as const;

/** The project-set sheet's columns in order; budget columns follow the plan period. */
export function itemColumns(years: readonly number[]): SheetColumn[] {
  return [
    { key: 'stable_key', header: 'รหัสอ้างอิงรายการ (ห้ามแก้ไข; ว่าง = รายการใหม่)', width: 38 },
    { key: 'version', header: 'ฉบับข้อมูล (ห้ามแก้ไข)', kind: 'integer', width: 10 },
    { key: 'approach_key', header: 'รหัสอ้างอิงแนวทางการพัฒนา', width: 38 },
    { key: 'item_no', header: 'ลำดับ', readOnly: true, width: 8 },
    { key: 'issue', header: 'ประเด็นการพัฒนา', readOnly: true, width: 30 },
    { key: 'approach', header: 'แนวทางการพัฒนา', readOnly: true, width: 30 },
    { key: 'title', header: 'ชื่อชุดโครงการ / โครงการ', width: 44 },
    { key: 'description', header: 'รายละเอียด', width: 30 },
    {
      key: 'funding_source',
      header: 'แหล่งงบประมาณ',
      choices: Object.values(FUNDING_SOURCE_LABELS).map((label) => label.th),
      width: 26,
    },
    { key: 'agency_name', header: 'หน่วยงานรับผิดชอบ', width: 30 },
    { key: 'area_codes', header: 'รหัสพื้นที่ดำเนินการ (คั่นด้วย ,)', width: 20 },
    { key: 'area_names', header: 'ชื่อพื้นที่ดำเนินการ', readOnly: true, width: 30 },
    ...years.map((year): SheetColumn => ({
      key: fyKey(year),
      header: `งบประมาณ พ.ศ. ${year} (บาท)`,
      kind: 'baht',
      width: 18,
    })),
    { key: 'total', header: 'รวม (บาท)', kind: 'baht', readOnly: true, width: 18 },
  ];
}

/** One row per project-set item, in plan order, with its budget per year of the period. */
export function itemSheet(
  tree: PlanVersionTree,
  areaNames: Readonly<Record<string, string>>,
  years: readonly number[],
): SheetSpec {
  const rows = tree.issues.flatMap((issue, issueIndex) =>
    issue.approaches.flatMap((approach, approachIndex) =>
      approach.items.map((item, itemIndex) => {
        const byYear = new Map(
          item.budgets.map((budget) => [budget.fiscalYear, BigInt(budget.amountSatang)]),
        );
        return {
          stable_key: item.stableKey,
          version: item.version,
          approach_key: approach.stableKey,
          item_no: `${issueIndex + 1}.${approachIndex + 1}.${itemIndex + 1}`,
          issue: issue.title,
          approach: approach.title,
          title: item.title,
          description: item.description,
          funding_source: FUNDING_SOURCE_LABELS[item.fundingSource].th,
          agency_name: item.agencyName,
          area_codes: item.areaCodes.join(', '),
          area_names: item.areaCodes.map((code) => areaNames[code] ?? code).join(', '),
          ...Object.fromEntries(years.map((year) => [fyKey(year), byYear.get(year) ?? null])),
          total: itemAmounts(item.budgets, years).total,
        };
      }),
    ),
  );
  return { name: 'บัญชีรายการชุดโครงการ', columns: itemColumns(years), rows, spareRows: 100 };
}

/** A reference sheet of the version's approaches and their keys, for adding new items. */
export function approachSheet(tree: PlanVersionTree): SheetSpec {
  return {
    name: 'แนวทางการพัฒนา',
    columns: [
      { key: 'approach_key', header: 'รหัสอ้างอิงแนวทางการพัฒนา', width: 38 },
      { key: 'approach_no', header: 'ลำดับ', width: 8 },
      { key: 'issue', header: 'ประเด็นการพัฒนา', width: 40 },
      { key: 'approach', header: 'แนวทางการพัฒนา', width: 50 },
    ],
    rows: tree.issues.flatMap((issue, issueIndex) =>
      issue.approaches.map((approach, approachIndex) => ({
        approach_key: approach.stableKey,
        approach_no: `${issueIndex + 1}.${approachIndex + 1}`,
        issue: issue.title,
        approach: approach.title,
      })),
    ),
  };
}

/** What the project-set sheet's instructions say (also the documentation of the format). */
export const ITEM_SHEET_NOTES = [
  'แถวที่ 1 คือหัวตาราง แถวที่ 2 คือรหัสคอลัมน์ที่ระบบใช้อ่านไฟล์ ห้ามแก้ไขหรือลบสองแถวนี้ / Row 1 is the header, row 2 holds the column keys the import reads: keep both.',
  'แถวที่มี stable_key จะแก้ไขรายการเดิม แถวที่ไม่มี stable_key จะเพิ่มรายการใหม่ในแนวทางการพัฒนาที่ระบุใน approach_key (ดูรหัสในแผ่นงาน "แนวทางการพัฒนา") / Rows with a stable_key edit that item; rows without one add a new item under the approach_key given (see the sheet of approaches).',
  'เปลี่ยน approach_key ของรายการเดิมเพื่อย้ายไปแนวทางอื่นได้ รายการที่ไม่อยู่ในไฟล์จะไม่ถูกลบ / Changing the approach_key of an item moves it; items missing from the file are not deleted.',
  'งบประมาณเป็นบาท ทศนิยมไม่เกิน 2 ตำแหน่ง ไม่ติดลบ ช่องว่างหมายถึงไม่มีงบประมาณปีนั้น / Budgets are baht with at most 2 decimals, not negative; an empty cell means no budget that year.',
  'แหล่งงบประมาณเลือกจากรายการ (หรือใช้รหัส province, cluster, agency, local_government, private, other) / Pick the funding source from the list (or use its code).',
  'คอลัมน์สีเทาใช้แสดงข้อมูลเท่านั้น ระบบไม่อ่าน / Grey columns are for reading only; the import ignores them.',
  'ตรวจทุกแถวก่อนบันทึก หากมีแถวผิดจะไม่บันทึกข้อมูลใด ๆ / Every row is checked first; if any row is wrong nothing is saved.',
];
