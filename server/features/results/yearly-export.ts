import type { Actor } from '../../../domain/auth/policy.js';
import { achievementOf } from '../../../domain/results/achievement.js';
import { PROGRESS_STATUS_LABELS } from '../../../domain/results/progress.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { writeWorkbook, type SheetColumn } from '../../platform/excel/write.js';
import { getKpiResults } from './kpi-actuals.js';
import { publishedKpisOfProvince } from '../plans/public.js';
import { listProjectsFor } from '../projects/public.js';
import { asc, inArray } from 'drizzle-orm';
import { progressReports } from './tables.js';

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

/**
 * A province's yearly results as a workbook: each plan KPI's yearly target against the value
 * reported for the year, and each of its projects' latest progress (labels in Thai).
 */
export async function exportYearlyResults(
  deps: DatabaseDeps,
  actor: Actor,
  provinceCode: string,
  fiscalYear: number,
): Promise<Buffer> {
  authorize(actor, 'result.read', provinceCode);
  const { kpis, projects } = await inActorTransaction(deps.database, actor, async (tx) => {
    const summaries = await listProjectsFor(tx, actor, { fiscalYear, provinceCode });
    const reports =
      summaries.length === 0
        ? []
        : await tx
            .select()
            .from(progressReports)
            .where(
              inArray(
                progressReports.projectId,
                summaries.map((project) => project.id),
              ),
            )
            .orderBy(asc(progressReports.fiscalYear), asc(progressReports.quarter));
    return {
      kpis: await publishedKpisOfProvince(tx, actor, provinceCode, fiscalYear),
      projects: summaries.map((project) => ({
        project,
        latest: reports.filter((report) => report.projectId === project.id).at(-1),
      })),
    };
  });
  const kpiRows = [];
  for (const kpi of kpis) {
    const results = await getKpiResults(deps, actor, kpi.id);
    for (const target of results.targets.filter((cell) => cell.fiscalYear === fiscalYear)) {
      const yearly = target.actuals.find((actual) => actual.period === 0);
      const achieved = yearly ? achievementOf(yearly.actualValue, yearly.targetValue, kpi.direction) : null;
      kpiRows.push({
        name: target.areaCode ? `${kpi.name} (${target.areaCode})` : kpi.name,
        unit: kpi.unit,
        target: target.targetValue,
        actual: yearly?.actualValue ?? '',
        achievement: achieved ? `${(achieved.achievementBp / 100).toFixed(2)}%` : '',
        verdict: achieved ? (achieved.achieved ? 'บรรลุเป้าหมาย' : 'ไม่บรรลุเป้าหมาย') : 'ยังไม่รายงาน',
      });
    }
  }
  return writeWorkbook([
    { name: `ตัวชี้วัด ${fiscalYear}`, columns: KPI_COLUMNS, rows: kpiRows },
    {
      name: 'ความก้าวหน้าโครงการ',
      columns: PROJECT_COLUMNS,
      rows: projects.map(({ project, latest }) => ({
        code: project.code,
        title: project.title,
        quarter: latest?.quarter ?? null,
        physical: latest?.physicalPercent ?? null,
        status: latest ? PROGRESS_STATUS_LABELS[latest.status].th : 'ยังไม่รายงาน',
      })),
    },
  ]);
}
