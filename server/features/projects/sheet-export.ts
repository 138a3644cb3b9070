import { asc, desc } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectFilter } from '../../../domain/projects/project-query.js';
import { BUDGET_TYPES, PROJECT_CATEGORIES, PROJECT_STATUS_LABELS } from '../../../domain/projects/project.js';
import { budgetTypeCell, categoryCell } from '../../../domain/projects/sheet.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook, type SheetColumn } from '../../platform/excel/write.js';
import { projectFilterSql } from './filters.js';
import { agencyNames } from './list.js';
import { projects } from './tables.js';

export const PROJECT_SHEET_COLUMNS: readonly SheetColumn[] = [
  { key: 'fiscal_year', header: 'ปีงบประมาณ', kind: 'integer', readOnly: true },
  { key: 'budget_unit', header: 'หน่วยรับงบ', readOnly: true },
  { key: 'code', header: 'รหัสโครงการ', readOnly: true, width: 18 },
  { key: 'province_code', header: 'จังหวัด', readOnly: true },
  { key: 'title', header: 'ชื่อโครงการ', width: 50 },
  { key: 'objective', header: 'วัตถุประสงค์', width: 40 },
  { key: 'budget_type', header: 'ประเภทงบ', choices: BUDGET_TYPES.map(budgetTypeCell), width: 16 },
  { key: 'category', header: 'หมวดรายจ่าย', choices: PROJECT_CATEGORIES.map(categoryCell), width: 22 },
  { key: 'total_baht', header: 'วงเงิน (บาท)', kind: 'baht', width: 18 },
  { key: 'status', header: 'สถานะ', readOnly: true, width: 22 },
  { key: 'agency', header: 'หน่วยงานดำเนินการ', readOnly: true, width: 30 },
  { key: 'emenscr_code', header: 'รหัสโครงการ eMENSCR' },
  { key: 'budget_bureau_code', header: 'รหัสรายการ สำนักงบประมาณ' },
  { key: 'gfmis_code', header: 'รหัสงบประมาณ GFMIS' },
  { key: 'egp_number', header: 'เลขที่โครงการ e-GP' },
];

/** The filtered project list as an .xlsx that the import takes back (edit, then re-import). */
export async function exportProjects(
  deps: DatabaseDeps,
  actor: Actor,
  filter: ProjectFilter,
): Promise<Buffer> {
  authorize(actor, 'project.read');
  const rows = await inActorTransaction(deps.database, actor, async (tx) => {
    const found = await tx
      .select()
      .from(projects)
      .where(await projectFilterSql(tx, actor, filter))
      .orderBy(desc(projects.fiscalYear), asc(projects.code));
    const names = await agencyNames(
      tx,
      found.flatMap((row) => (row.implementingAgencyId ? [row.implementingAgencyId] : [])),
    );
    return found.map((row) => ({
      fiscal_year: row.fiscalYear,
      budget_unit: row.budgetUnit,
      code: row.code,
      province_code: row.provinceCode,
      title: row.title,
      objective: row.objective,
      budget_type: budgetTypeCell(row.budgetType),
      category: categoryCell(row.category),
      total_baht: row.totalSatang,
      status: PROJECT_STATUS_LABELS[row.status].th,
      agency: names.get(row.implementingAgencyId ?? '') ?? null,
      emenscr_code: row.emenscrCode,
      budget_bureau_code: row.budgetBureauCode,
      gfmis_code: row.gfmisCode,
      egp_number: row.egpNumber,
    }));
  });
  return writeWorkbook([{ name: 'โครงการ', columns: PROJECT_SHEET_COLUMNS, rows }], {
    notes: {
      name: 'คำอธิบาย',
      lines: [
        'แก้ไขได้เฉพาะคอลัมน์สีขาว แล้วนำเข้าไฟล์นี้กลับ ระบบจับคู่โครงการด้วย ปีงบประมาณ + หน่วยรับงบ + รหัสโครงการ',
        'Edit only the white columns, then import this file back; projects are matched by fiscal year, budget unit and code.',
        'การนำเข้าไม่สร้างโครงการใหม่ และจะไม่บันทึกอะไรเลยหากมีแถวใดผิดพลาด',
        'The import never creates projects, and saves nothing if any row is wrong.',
      ],
    },
  });
}
