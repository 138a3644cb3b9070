import { asc, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectSummary } from '../../../domain/projects/project-response.js';
import { achievementOf } from '../../../domain/results/achievement.js';
import { YEAR_PERIOD } from '../../../domain/results/kpi-actuals.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { getArea } from '../areas/public.js';
import { publishedKpisOfProvince } from '../plans/public.js';
import { listProjectsFor } from '../projects/public.js';
import { getKpiResults } from './kpi-actuals.js';
import { progressReports } from './tables.js';

/** One KPI target of the year beside the yearly value reported for it (null: not reported). */
export type YearlyKpiRow = {
  name: string;
  unit: string;
  target: string;
  actual: string | null;
  achievementBp: number | null;
  achieved: boolean | null;
};

export type YearlyResults = {
  provinceCode: string;
  provinceName: string;
  fiscalYear: number;
  kpis: YearlyKpiRow[];
  projects: { project: ProjectSummary; latest: typeof progressReports.$inferSelect | undefined }[];
};

/**
 * What a province's yearly results report says: each plan KPI's yearly target against the value
 * reported for the year, and each of its projects with its latest progress report.
 */
export async function loadYearlyResults(
  deps: DatabaseDeps,
  actor: Actor,
  provinceCode: string,
  fiscalYear: number,
): Promise<YearlyResults> {
  authorize(actor, 'result.read', provinceCode);
  const { kpis, projects } = await inActorReadTransaction(deps.database, actor, async (tx) => {
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
  const kpiRows: YearlyKpiRow[] = [];
  for (const kpi of kpis) {
    const results = await getKpiResults(deps, actor, kpi.id);
    for (const target of results.targets.filter((cell) => cell.fiscalYear === fiscalYear)) {
      const yearly = target.actuals.find((actual) => actual.period === YEAR_PERIOD);
      const judged = yearly ? achievementOf(yearly.actualValue, yearly.targetValue, kpi.direction) : null;
      kpiRows.push({
        name: target.areaCode ? `${kpi.name} (${target.areaCode})` : kpi.name,
        unit: kpi.unit,
        target: target.targetValue,
        actual: yearly?.actualValue ?? null,
        achievementBp: judged?.achievementBp ?? null,
        achieved: judged?.achieved ?? null,
      });
    }
  }
  const area = await getArea(deps, actor, provinceCode);
  return { provinceCode, provinceName: area.area.nameTh, fiscalYear, kpis: kpiRows, projects };
}

/** The verdict words of a KPI row. */
export const verdictOf = (row: YearlyKpiRow): string =>
  row.achieved === null ? 'ยังไม่รายงาน' : row.achieved ? 'บรรลุเป้าหมาย' : 'ไม่บรรลุเป้าหมาย';

/** Achievement as a percentage with two decimals, blank when not reported. */
export const percentText = (row: YearlyKpiRow): string =>
  row.achievementBp === null ? '' : `${(row.achievementBp / 100).toFixed(2)}%`;
