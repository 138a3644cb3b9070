import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { periodOrder } from '../../../domain/results/progress.js';
import type { GoldenThread } from '../../../domain/results/thread.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { actionPlansOfProject } from '../action-plans/public.js';
import { assetsOfProject, projectIdOfAsset } from '../assets/public.js';
import { describeNeeds } from '../needs/public.js';
import { describePlanLinks } from '../plans/public.js';
import { getProjectSpending } from '../spending/public.js';
import { loadVisibleProject } from './project-access.js';
import { outputActuals, progressReports } from './tables.js';

/** Progress and output results in brief: the latest report and each output's latest value. */
async function resultsInBrief(tx: Queryable, projectId: string): Promise<GoldenThread['results']> {
  const reports = await tx
    .select()
    .from(progressReports)
    .where(eq(progressReports.projectId, projectId))
    .orderBy(asc(progressReports.fiscalYear), asc(progressReports.quarter));
  const latest = reports.at(-1);
  const actuals = await tx.select().from(outputActuals).where(eq(outputActuals.projectId, projectId));
  const latestByOutput = new Map<number, (typeof actuals)[number]>();
  for (const actual of actuals) {
    const seen = latestByOutput.get(actual.outputNo);
    if (!seen || periodOrder(actual) > periodOrder(seen)) {
      latestByOutput.set(actual.outputNo, actual);
    }
  }
  return {
    progressReports: reports.length,
    latestPhysicalPercent: latest?.physicalPercent ?? null,
    latestStatus: latest?.status ?? null,
    indicatorsReported: latestByOutput.size,
    indicatorsAchieved: [...latestByOutput.values()].filter((actual) => actual.achieved).length,
  };
}

/** The golden thread of a project the actor can see, each part as the actor may see it. */
async function threadOf(
  deps: DatabaseDeps,
  actor: Actor,
  projectId: string,
  focusAssetId: string | null,
): Promise<GoldenThread> {
  const thread = await inActorTransaction(deps.database, actor, async (tx) => {
    const project = await loadVisibleProject(tx, actor, projectId);
    return {
      focusAssetId,
      project: {
        id: project.id,
        code: project.code,
        title: project.title,
        fiscalYear: project.fiscalYear,
        provinceCode: project.provinceCode,
        status: project.status,
        totalSatang: project.totalSatang,
      },
      needs: await describeNeeds(tx, project.links.needIds),
      plan: await describePlanLinks(tx, actor, project.links),
      actionPlans: await actionPlansOfProject(tx, projectId),
      results: await resultsInBrief(tx, projectId),
      assets: (await assetsOfProject(tx, projectId)).map((asset) => ({
        ...asset,
        valueSatang: asset.valueSatang.toString(),
      })),
    };
  });
  const spending = await getProjectSpending(deps, actor, projectId, thread.project.fiscalYear);
  const disbursed = spending.actuals.reduce((sum, actual) => sum + BigInt(actual.disbursedSatang), 0n);
  return {
    ...thread,
    spending: {
      fiscalYear: spending.fiscalYear,
      allocationSatang: spending.allocationSatang,
      disbursedSatang: disbursed.toString(),
    },
  };
}

export async function projectThread(deps: DatabaseDeps, actor: Actor, projectId: string) {
  authorize(actor, 'result.read');
  return threadOf(deps, actor, projectId, null);
}

export async function assetThread(deps: DatabaseDeps, actor: Actor, assetId: string) {
  authorize(actor, 'result.read');
  const projectId = await inActorTransaction(deps.database, actor, (tx) =>
    projectIdOfAsset(tx, actor, assetId),
  );
  return threadOf(deps, actor, projectId, assetId);
}
