import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { summarizeAchievement } from '../../../domain/results/achievement.js';
import { REPORTABLE_PROJECT_STATUSES } from '../../../domain/results/progress.js';
import type { ResultsSummaryQuery } from '../../../domain/results/results-input.js';
import type { ResultsSummary } from '../../../domain/results/results-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { memberProvincesOf } from '../plans/public.js';
import { listProjectsFor } from '../projects/public.js';
import { progressReports, resultRollups } from './tables.js';

type Counts = {
  progressReports: number;
  physicalPercentSum: number;
  delayedReports: number;
  completedReports: number;
  indicators: number;
  indicatorsAchieved: number;
  achievementBpSum: number;
};

function totalsOf(counts: Counts): ResultsSummary['total'] {
  return {
    progressReports: counts.progressReports,
    meanPhysicalPercent:
      counts.progressReports === 0 ? null : Math.floor(counts.physicalPercentSum / counts.progressReports),
    delayedReports: counts.delayedReports,
    completedReports: counts.completedReports,
    indicators: counts.indicators,
    indicatorsAchieved: counts.indicatorsAchieved,
    ...summarizeAchievement({
      indicators: counts.indicators,
      achieved: counts.indicatorsAchieved,
      achievementBpSum: counts.achievementBpSum,
    }),
  };
}

const add = (a: Counts, b: Counts): Counts => ({
  progressReports: a.progressReports + b.progressReports,
  physicalPercentSum: a.physicalPercentSum + b.physicalPercentSum,
  delayedReports: a.delayedReports + b.delayedReports,
  completedReports: a.completedReports + b.completedReports,
  indicators: a.indicators + b.indicators,
  indicatorsAchieved: a.indicatorsAchieved + b.indicatorsAchieved,
  achievementBpSum: a.achievementBpSum + b.achievementBpSum,
});
const NONE: Counts = {
  progressReports: 0,
  physicalPercentSum: 0,
  delayedReports: 0,
  completedReports: 0,
  indicators: 0,
  indicatorsAchieved: 0,
  achievementBpSum: 0,
};

/** A province's own or a cluster's reportable projects of the year with no progress report for the quarter. */
async function missingReports(
  tx: Queryable,
  actor: Actor,
  query: ResultsSummaryQuery,
  owner: { provinceCode: string } | { clusterId: number },
) {
  const candidates = (await listProjectsFor(tx, actor, { fiscalYear: query.fiscalYear, ...owner })).filter(
    (project) => (REPORTABLE_PROJECT_STATUSES as readonly string[]).includes(project.status),
  );
  if (candidates.length === 0) {
    return [];
  }
  const reported = await tx
    .select({ projectId: progressReports.projectId })
    .from(progressReports)
    .where(
      and(
        inArray(
          progressReports.projectId,
          candidates.map((project) => project.id),
        ),
        eq(progressReports.fiscalYear, query.fiscalYear),
        eq(progressReports.quarter, query.quarter),
      ),
    );
  const done = new Set(reported.map((row) => row.projectId));
  return candidates
    .filter((project) => !done.has(project.id))
    .map((project) => ({
      projectId: project.id,
      code: project.code,
      title: project.title,
      provinceCode: project.provinceCode,
    }));
}

/**
 * A cluster's summary is the cluster office's, so it needs every member province in view (as its
 * rules-failing list does), and a cluster without members a national view.
 */
async function authorizeCluster(tx: Queryable, actor: Actor, clusterId: number): Promise<void> {
  const members = await memberProvincesOf(tx, clusterId);
  for (const member of members.length === 0 ? [null] : members) {
    authorize(actor, 'result.read', member);
  }
}

/**
 * Progress and achievement of a quarter per province (cluster projects apart) in the reader's scope,
 * or of one province or one cluster's own projects, with the projects whose report is missing.
 */
export async function resultsSummary(
  deps: DatabaseDeps,
  actor: Actor,
  query: ResultsSummaryQuery,
): Promise<ResultsSummary> {
  authorize(actor, 'result.read', query.provinceCode);
  const { provinceCode, clusterId } = query;
  return inActorTransaction(deps.database, actor, async (tx) => {
    if (clusterId !== undefined) {
      await authorizeCluster(tx, actor, clusterId);
    }
    const rows = await tx
      .select({
        provinceCode: resultRollups.provinceCode,
        clusterKey: resultRollups.clusterKey,
        progressReports: sql<number>`sum(${resultRollups.progressReports})::int`,
        physicalPercentSum: sql<number>`sum(${resultRollups.physicalPercentSum})::int`,
        delayedReports: sql<number>`sum(${resultRollups.delayedReports})::int`,
        completedReports: sql<number>`sum(${resultRollups.completedReports})::int`,
        indicators: sql<number>`sum(${resultRollups.indicators})::int`,
        indicatorsAchieved: sql<number>`sum(${resultRollups.indicatorsAchieved})::int`,
        achievementBpSum: sql<number>`sum(${resultRollups.achievementBpSum})::float8`,
      })
      .from(resultRollups)
      .where(
        and(
          eq(resultRollups.fiscalYear, query.fiscalYear),
          eq(resultRollups.quarter, query.quarter),
          provinceCode ? eq(resultRollups.provinceCode, provinceCode) : undefined,
          clusterId === undefined ? undefined : eq(resultRollups.clusterKey, clusterId),
        ),
      )
      .groupBy(resultRollups.provinceCode, resultRollups.clusterKey)
      .orderBy(resultRollups.provinceCode, resultRollups.clusterKey);
    const counted = rows
      .map((row) => ({ ...row, achievementBpSum: Number(row.achievementBpSum) }))
      .filter((row) => row.progressReports > 0 || row.indicators > 0);
    return {
      fiscalYear: query.fiscalYear,
      quarter: query.quarter,
      rows: counted.map((row) => ({
        provinceCode: row.provinceCode,
        clusterId: row.clusterKey === 0 ? null : row.clusterKey,
        ...totalsOf(row),
      })),
      total: totalsOf(counted.reduce(add, NONE)),
      missingReports: provinceCode
        ? await missingReports(tx, actor, query, { provinceCode })
        : clusterId === undefined
          ? []
          : await missingReports(tx, actor, query, { clusterId }),
    };
  });
}
