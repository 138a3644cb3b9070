import type { PackDocument } from '../../../../domain/budget/pack-document.js';
import type { PackSummaryRow, PackSummaryTable } from '../../../../domain/budget/pack-summary.js';
import { writeWorkbook, type SheetColumn, type SheetSpec } from '../../../platform/excel/write.js';

const SUMMARY_SHEETS = [
  ['byIssue', 'สรุปตามประเด็น', 'ประเด็นการพัฒนา'],
  ['byBudgetType', 'สรุปตามประเภทงบ', 'ประเภทงบรายจ่าย'],
  ['byAgency', 'สรุปตามหน่วยงาน', 'หน่วยงานรับผิดชอบ'],
  ['byArea', 'สรุปตามพื้นที่', 'จังหวัด'],
] as const;

function summarySheet(
  document: PackDocument,
  table: PackSummaryTable,
  name: string,
  groupHeader: string,
): SheetSpec {
  const types = document.summary.budgetTypes;
  const columns: SheetColumn[] = [
    { key: 'group', header: groupHeader, width: 48 },
    { key: 'projects', header: 'จำนวนโครงการ', kind: 'integer' },
    ...types.map((type): SheetColumn => ({
      key: `type_${type.key}`,
      header: `${type.label} (บาท)`,
      kind: 'baht',
      width: 18,
    })),
    { key: 'total', header: 'รวม (บาท)', kind: 'baht', width: 20 },
    { key: 'percent', header: 'ร้อยละ', kind: 'decimal' },
  ];
  const row = (entry: PackSummaryRow) => ({
    group: entry.label,
    projects: entry.projectCount,
    ...Object.fromEntries(types.map((type, index) => [`type_${type.key}`, entry.byBudgetType[index] ?? 0n])),
    total: entry.total,
    percent: entry.percent,
  });
  return { name, columns, rows: [...table.rows.map(row), row(table.totals)] };
}

const PROJECT_COLUMNS: SheetColumn[] = [
  { key: 'code', header: 'รหัสโครงการ', width: 18 },
  { key: 'title', header: 'ชื่อโครงการ', width: 60 },
  { key: 'agency', header: 'หน่วยงานรับผิดชอบ', width: 36 },
  { key: 'budget_type', header: 'ประเภทงบรายจ่าย' },
  { key: 'category', header: 'หมวด' },
  { key: 'issue', header: 'ประเด็นการพัฒนา', width: 40 },
  { key: 'approach', header: 'แนวทางการพัฒนา', width: 40 },
  { key: 'kpis', header: 'ตัวชี้วัด', width: 40 },
  { key: 'y1', header: 'เป้าหมายหลัก (Y1)', width: 40 },
  { key: 'locations', header: 'สถานที่ดำเนินการ', width: 40 },
  { key: 'readiness', header: 'ความพร้อม (พร้อม/ทั้งหมด)' },
  { key: 'amount', header: 'งบประมาณ (บาท)', kind: 'baht', width: 20 },
];

function projectSheet(document: PackDocument): SheetSpec {
  return {
    name: 'โครงการ',
    columns: PROJECT_COLUMNS,
    rows: document.projects.map((project) => ({
      code: project.code,
      title: project.title,
      agency: project.agencyName,
      budget_type: project.budgetTypeLabel,
      category: project.categoryLabel,
      issue: project.issueTitle,
      approach: project.approachTitle,
      kpis: project.kpis.join('\n'),
      y1: project.alignment.primary,
      locations: project.locations.join('\n'),
      readiness: `${project.readiness.filter((item) => item.ready).length}/${project.readiness.length}`,
      amount: project.amountSatang,
    })),
  };
}

/** The pack as a workbook: the four summary tables (totals row last), then one row per project. */
export function packWorkbook(document: PackDocument, title: string): Promise<Buffer> {
  const summaries = SUMMARY_SHEETS.map(([key, name, header]) =>
    summarySheet(document, document.summary[key], name, header),
  );
  return writeWorkbook([...summaries, projectSheet(document)], {
    notes: {
      name: 'คำอธิบาย',
      lines: [
        title,
        `วงเงินตาม${document.stageLabel} หน่วย: บาท`,
        'แถวสุดท้ายของแต่ละตารางสรุปคือยอดรวมทั้งสิ้น',
        'โครงการที่ดำเนินการหลายจังหวัดนับในแต่ละจังหวัดตามสัดส่วนงบประมาณ และนับครั้งเดียวในยอดรวม',
      ],
    },
  });
}
