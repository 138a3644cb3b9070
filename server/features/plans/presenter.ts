import type { VersionSummary } from '../../../domain/plans/responses.js';
import { EMPTY_SWOT, type PlanSummary, type PlanVersionFields } from '../../../domain/plans/tree.js';
import type { developmentPlans, planVersions } from './tables.js';

const iso = (value: Date | null): string | null => (value ? value.toISOString() : null);

/** The fields a client sees of a plan. */
export function presentPlan(plan: typeof developmentPlans.$inferSelect): PlanSummary {
  return {
    id: plan.id,
    scope: plan.scope,
    provinceCode: plan.provinceCode,
    clusterId: plan.clusterId,
    title: plan.title,
    periodStart: plan.periodStart,
    periodEnd: plan.periodEnd,
    isDemo: plan.isDemo,
    version: plan.version,
  };
}

/** The version-level fields of a plan version. */
export function presentPlanVersion(version: typeof planVersions.$inferSelect): PlanVersionFields {
  return {
    id: version.id,
    planId: version.planId,
    versionNo: version.versionNo,
    kind: version.kind,
    reviewFiscalYear: version.reviewFiscalYear,
    basedOnVersionId: version.basedOnVersionId,
    status: version.status,
    vision: version.vision,
    developmentGoal: version.developmentGoal,
    areaPotential: version.areaPotential,
    swot: version.swot ?? EMPTY_SWOT,
    keyFigures: version.keyFigures ?? [],
    provinceCode: version.provinceCode,
    clusterId: version.clusterId,
    statusChangedAt: iso(version.statusChangedAt),
    committeeApprovedAt: iso(version.committeeApprovedAt),
    publishedAt: iso(version.publishedAt),
    version: version.version,
  };
}

/** A short line per version for lists. */
export function presentVersionSummary(version: typeof planVersions.$inferSelect): VersionSummary {
  return {
    id: version.id,
    versionNo: version.versionNo,
    kind: version.kind,
    reviewFiscalYear: version.reviewFiscalYear,
    basedOnVersionId: version.basedOnVersionId,
    status: version.status,
    statusChangedAt: iso(version.statusChangedAt),
    publishedAt: iso(version.publishedAt),
    version: version.version,
  };
}
