import type { KpiDirection, KpiRollup } from '../../../../domain/plans/plan.js';
import type { KpiNode } from '../../../../domain/plans/tree.js';
import type { SheetColumn, SheetSpec } from '../../../platform/excel/write.js';
import type { PlanVersionTree } from '../tree.js';
import { fyKey } from '../../../../domain/plans/outputs/sheet-values.js';

export const DIRECTION_LABELS: Record<KpiDirection, { th: string }> = {
  higher_is_better: { th: 'ยิ่งมากยิ่งดี' },
  lower_is_better: { th: 'ยิ่งน้อยยิ่งดี' },
};

export const ROLLUP_LABELS: Record<KpiRollup, { th: string }> = {
  sum: { th: 'ผลรวม' },
  mean: { th: 'ค่าเฉลี่ย' },
  weighted: { th: 'ค่าเฉลี่ยถ่วงน้ำหนัก' },
  latest: { th: 'ค่าล่าสุด' },
  ratio_of_sums: { th: 'อัตราส่วนของผลรวม' },
};

/** Columns that name the row; the import needs them. */
export const KPI_REQUIRED_KEYS = ['stable_key', 'area_code'] as const;

/** The KPI sheet's columns in order; year columns follow the plan period. */
export function kpiColumns(years: readonly number[]): SheetColumn[] {
  return [
    { key: 'stable_key', header: 'รหัสอ้างอิงตัวชี้วัด (ห้ามแก้ไข)', width: 38 },
    { key: 'version', header: 'ฉบับข้อมูล (ห้ามแก้ไข)', kind: 'integer', width: 10 },
    { key: 'kpi_no', header: 'ลำดับ', readOnly: true, width: 8 },
    { key: 'issue', header: 'ประเด็นการพัฒนา', readOnly: true, width: 30 },
    { key: 'objective', header: 'เป้าประสงค์', readOnly: true, width: 30 },
    { key: 'area_code', header: 'รหัสพื้นที่ (ว่าง = ทั้งพื้นที่ของแผน)', width: 14 },
    { key: 'area_name', header: 'ชื่อพื้นที่', readOnly: true, width: 24 },
    { key: 'name', header: 'ชื่อตัวชี้วัด', width: 40 },
    { key: 'unit', header: 'หน่วยนับ', width: 12 },
    { key: 'baseline_value', header: 'ค่าฐาน', kind: 'decimal', width: 12 },
    { key: 'baseline_year', header: 'ปีของค่าฐาน (พ.ศ.)', kind: 'integer', width: 12 },
    {
      key: 'direction',
      header: 'ทิศทางที่ดี',
      choices: Object.values(DIRECTION_LABELS).map((label) => label.th),
      width: 14,
    },
    {
      key: 'rollup',
      header: 'วิธีรวมค่า',
      choices: Object.values(ROLLUP_LABELS).map((label) => label.th),
      width: 18,
    },
    { key: 'data_source', header: 'แหล่งข้อมูล', width: 24 },
    ...years.map((year): SheetColumn => ({
      key: fyKey(year),
      header: `ค่าเป้าหมาย ปี พ.ศ. ${year}`,
      kind: 'decimal',
      width: 14,
    })),
  ];
}

/** Areas with their own targets for a KPI, in code order (the whole-area row comes first, always). */
export function targetAreasOf(kpi: KpiNode): string[] {
  return [...new Set(kpi.targets.flatMap((t) => (t.areaCode ? [t.areaCode] : [])))].sort();
}

/**
 * The KPI sheet of a version: one row per KPI for its whole-area targets and attributes, then one
 * row per area that has its own targets (attributes left blank there; only targets are read).
 */
export function kpiSheet(
  tree: PlanVersionTree,
  areaNames: Readonly<Record<string, string>>,
  years: readonly number[],
): SheetSpec {
  const rows = tree.issues.flatMap((issue, issueIndex) =>
    issue.objectives.flatMap((objective, objectiveIndex) =>
      objective.kpis.flatMap((kpi, kpiIndex) => {
        const shared = {
          stable_key: kpi.stableKey,
          version: kpi.version,
          kpi_no: `${issueIndex + 1}.${objectiveIndex + 1}.${kpiIndex + 1}`,
          issue: issue.title,
          objective: objective.title,
        };
        const targetsOf = (areaCode: string | null) =>
          Object.fromEntries(
            years.map((year) => [
              fyKey(year),
              kpi.targets.find((t) => t.fiscalYear === year && t.areaCode === areaCode)?.value ?? null,
            ]),
          );
        return [
          {
            ...shared,
            area_code: null,
            area_name: null,
            name: kpi.name,
            unit: kpi.unit,
            baseline_value: kpi.baselineValue,
            baseline_year: kpi.baselineYear,
            direction: DIRECTION_LABELS[kpi.direction].th,
            rollup: ROLLUP_LABELS[kpi.rollup].th,
            data_source: kpi.dataSource,
            ...targetsOf(null),
          },
          ...targetAreasOf(kpi).map((code) => ({
            ...shared,
            area_code: code,
            area_name: areaNames[code] ?? null,
            ...targetsOf(code),
          })),
        ];
      }),
    ),
  );
  return { name: 'ตัวชี้วัดและค่าเป้าหมาย', columns: kpiColumns(years), rows };
}

/** What the KPI sheet's instructions say, line by line (also the documentation of the format). */
export const KPI_SHEET_NOTES = [
  'แถวที่ 1 คือหัวตาราง แถวที่ 2 คือรหัสคอลัมน์ที่ระบบใช้อ่านไฟล์ ห้ามแก้ไขหรือลบสองแถวนี้ / Row 1 is the header, row 2 holds the column keys the import reads: keep both.',
  'แต่ละแถวจับคู่กับตัวชี้วัดด้วย stable_key ห้ามแก้ไข ตัวชี้วัดใหม่ต้องเพิ่มในระบบ (แถวที่ไม่มีรหัสจะถูกปฏิเสธ) / Rows match KPIs by stable_key; new KPIs are added in the plan editor (rows without a key are refused).',
  "แถวที่ area_code ว่างคือค่าของทั้งพื้นที่แผนและคุณลักษณะของตัวชี้วัด แถวที่มี area_code แก้ได้เฉพาะค่าเป้าหมายของพื้นที่นั้น / The row with an empty area_code carries the KPI attributes and whole-area targets; area rows carry only that area's targets.",
  'ช่องค่าเป้าหมายที่ว่างหมายถึงไม่มีค่าเป้าหมายปีนั้น (ค่าเดิมจะถูกลบ) / An empty target cell means no target for that year (a stored one is removed).',
  'คอลัมน์สีเทาใช้แสดงข้อมูลเท่านั้น ระบบไม่อ่าน / Grey columns are for reading only; the import ignores them.',
  'ตรวจทุกแถวก่อนบันทึก หากมีแถวผิดจะไม่บันทึกข้อมูลใด ๆ / Every row is checked first; if any row is wrong nothing is saved.',
];
