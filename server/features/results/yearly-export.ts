import type { Actor } from '../../../domain/auth/policy.js';
import { PROGRESS_STATUS_LABELS } from '../../../domain/results/progress.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook, type SheetColumn } from '../../platform/excel/write.js';
import { loadYearlyResults, percentText, verdictOf } from './yearly-data.js';

const KPI_COLUMNS: readonly SheetColumn[] = [
  { key: 'name', header: 'ตัวชี้วัด', readOnly: true, width: 50 },
  { key: 'unit', header: 'หน่วยนับ', readOnly: true },
  { key: 'target', header: 'ค่าเป้าหมาย', readOnly: true },
  { key: 'actual', header: 'ผลการดำเนินงาน', readOnly: true },
  { key: 'achievement', header: 'ร้อยละของเป้าหมาย', readOnly: true },
  { key: 'verdict', header: 'ผลการประเมิน', readOnly: true, width: 20 },
];

const PROJECT_COLUMNS: readonly SheetColumn[] = [
  { key: 'code', header: 'รหัสโครงการ', readOnly: true, width: 20 },
  { key: 'title', header: 'ชื่อโครงการ', readOnly: true, width: 50 },
  { key: 'quarter', header: 'ไตรมาสล่าสุด', kind: 'integer', readOnly: true },
  { key: 'physical', header: 'ความก้าวหน้า (%)', kind: 'integer', readOnly: true },
  { key: 'status', header: 'สถานะ', readOnly: true, width: 22 },
];

/** A province's yearly results as a workbook: the KPI sheet and the projects' progress (labels in Thai). */
export async function exportYearlyResults(
  deps: DatabaseDeps,
  actor: Actor,
  provinceCode: string,
  fiscalYear: number,
): Promise<Buffer> {
  const report = await loadYearlyResults(deps, actor, provinceCode, fiscalYear);
  return writeWorkbook([
    {
      name: `ตัวชี้วัด ${fiscalYear}`,
      columns: KPI_COLUMNS,
      rows: report.kpis.map((row) => ({
        name: row.name,
        unit: row.unit,
        target: row.target,
        actual: row.actual ?? '',
        achievement: percentText(row),
        verdict: verdictOf(row),
      })),
    },
    {
      name: 'ความก้าวหน้าโครงการ',
      columns: PROJECT_COLUMNS,
      rows: report.projects.map(({ project, latest }) => ({
        code: project.code,
        title: project.title,
        quarter: latest?.quarter ?? null,
        physical: latest?.physicalPercent ?? null,
        status: latest ? PROGRESS_STATUS_LABELS[latest.status].th : 'ยังไม่รายงาน',
      })),
    },
  ]);
}
