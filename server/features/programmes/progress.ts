import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { scopeCovers } from '../../../domain/auth/scope.js';
import {
  indicatorAchievement,
  overallScore,
  rankByScore,
  type ReportedProgress,
} from '../../../domain/programmes/achievement.js';
import { overduePeriods } from '../../../domain/programmes/periods.js';
import type { Programme, ProvinceProgress, Ranking } from '../../../domain/programmes/responses.js';
import { toBangkokIsoDate } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { areas } from '../areas/tables.js';
import { activitiesOf } from './activities.js';
import { loadProgramme } from './programme-service.js';
import { reportsOf } from './reports.js';
import { programmeProgress, programmeReports, programmeTargets } from './tables.js';

const keyOf = (indicatorId: string, provinceCode: string) => `${indicatorId}/${provinceCode}`;

/** Targets and trigger-kept progress of the given provinces (RLS hides progress outside the view). */
async function figures(tx: Queryable, programmeId: string, provinceCodes: string[]) {
  const targets = await tx
    .select()
    .from(programmeTargets)
    .where(
      and(
        eq(programmeTargets.programmeId, programmeId),
        inArray(programmeTargets.provinceCode, provinceCodes),
      ),
    );
  const progress = await tx
    .select()
    .from(programmeProgress)
    .where(
      and(
        inArray(programmeProgress.provinceCode, provinceCodes),
        eq(programmeProgress.programmeId, programmeId),
      ),
    );
  const reported = await tx
    .select({
      provinceCode: programmeReports.provinceCode,
      periods: sql<number[]>`array_agg(${programmeReports.periodIndex})`,
    })
    .from(programmeReports)
    .where(
      and(
        inArray(programmeReports.provinceCode, provinceCodes),
        eq(programmeReports.programmeId, programmeId),
      ),
    )
    .groupBy(programmeReports.provinceCode);
  return {
    target: new Map(targets.map((row) => [keyOf(row.indicatorId, row.provinceCode), row.value])),
    progress: new Map<string, ReportedProgress>(
      progress.map((row) => [
        keyOf(row.indicatorId, row.provinceCode),
        { cumulative: row.cumulativeValue, latest: row.latestValue },
      ]),
    ),
    reported: new Map(reported.map((row) => [row.provinceCode, new Set(row.periods.map(Number))])),
  };
}

type Figures = Awaited<ReturnType<typeof figures>>;

/** One province's achievement per indicator, overall score and overdue periods. */
function provinceFigures(programme: Programme, data: Figures, provinceCode: string, today: string) {
  const indicators = programme.components.flatMap((component) =>
    component.indicators.map((indicator) => ({
      indicatorId: indicator.id,
      componentId: component.id,
      ...indicatorAchievement(
        indicator.aggregation,
        data.target.get(keyOf(indicator.id, provinceCode)) ?? null,
        data.progress.get(keyOf(indicator.id, provinceCode)) ?? null,
      ),
    })),
  );
  const reported = data.reported.get(provinceCode) ?? new Set<number>();
  return {
    indicators,
    score: overallScore(indicators),
    reportedPeriods: reported.size,
    overduePeriods: overduePeriods(programme.periods, reported, today).map((period) => period.index),
  };
}

/** A province's view of a programme: targets against what it reported, activities, reports, late periods. */
export async function provinceProgress(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  provinceCode: string,
  today = toBangkokIsoDate(new Date()),
): Promise<ProvinceProgress> {
  authorize(actor, 'programme.read', provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const programme = await loadProgramme(tx, programmeId);
    const data = await figures(tx, programmeId, [provinceCode]);
    const {
      indicators,
      score,
      overduePeriods: overdue,
    } = provinceFigures(programme, data, provinceCode, today);
    return {
      programmeId,
      provinceCode,
      indicators,
      score,
      activities: await activitiesOf(tx, actor, programmeId, provinceCode),
      reports: await reportsOf(tx, { programmeId, provinceCode }),
      overduePeriods: overdue,
    };
  });
}

/**
 * Every province with a target that the reader can see, ranked by score, each with its achievement
 * per indicator (the ranking, the map and the summary report read it).
 */
export async function rankProvinces(tx: Queryable, actor: Actor, programme: Programme, today: string) {
  const withTargets = await tx
    .selectDistinct({ provinceCode: programmeTargets.provinceCode, name: areas.nameTh })
    .from(programmeTargets)
    .innerJoin(areas, eq(areas.code, programmeTargets.provinceCode))
    .where(eq(programmeTargets.programmeId, programme.id));
  const visible = withTargets.filter((row) => scopeCovers(actor.viewScope, row.provinceCode));
  const data = await figures(
    tx,
    programme.id,
    visible.map((row) => row.provinceCode),
  );
  return rankByScore(
    visible.map((row) => ({
      provinceCode: row.provinceCode,
      provinceName: row.name,
      ...provinceFigures(programme, data, row.provinceCode, today),
    })),
  );
}

/** Provinces with a report overdue, the most periods behind first. */
export function lateReporters<T extends { provinceCode: string; overduePeriods: number[] }>(
  rows: readonly T[],
) {
  return rows
    .filter((row) => row.overduePeriods.length > 0)
    .sort(
      (a, b) =>
        b.overduePeriods.length - a.overduePeriods.length || a.provinceCode.localeCompare(b.provinceCode),
    );
}

/** Every province with a target that the reader can see, ranked by score, and those with a report overdue. */
export async function programmeRanking(
  deps: DatabaseDeps,
  actor: Actor,
  programmeId: string,
  today = toBangkokIsoDate(new Date()),
): Promise<Ranking> {
  authorize(actor, 'programme.read');
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const programme = await loadProgramme(tx, programmeId);
    const provinces = (await rankProvinces(tx, actor, programme, today)).map(
      ({ indicators: _indicators, ...row }) => row,
    );
    return { programmeId, asOf: today, provinces, lateReporters: lateReporters(provinces) };
  });
}
