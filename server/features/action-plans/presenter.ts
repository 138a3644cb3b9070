import type { ActionPlanTotals } from '../../../domain/action-plans/totals.js';
import type {
  ActionPlanEntry,
  ActionPlanSummary,
  ActionPlanTotalsView,
  Ceiling,
} from '../../../domain/action-plans/responses.js';
import type { ProjectSummary } from '../../../domain/projects/project-response.js';
import type { ActionPlanRow } from './access.js';
import type { actionPlanCeilings, actionPlanEntries } from './tables.js';

export function presentActionPlan(row: ActionPlanRow): ActionPlanSummary {
  return {
    id: row.id,
    scope: row.scope,
    provinceCode: row.provinceCode,
    clusterId: row.clusterId,
    budgetUnit: row.budgetUnit,
    fiscalYear: row.fiscalYear,
    versionNo: row.versionNo,
    basedOnId: row.basedOnId,
    revisionReason: row.revisionReason,
    status: row.status,
    isDemo: row.isDemo,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** An entry with what the board shows of its project. */
export function presentEntry(
  entry: typeof actionPlanEntries.$inferSelect,
  project: Pick<ProjectSummary, 'code' | 'title' | 'implementingAgencyName' | 'status'>,
): ActionPlanEntry {
  return {
    id: entry.id,
    stableKey: entry.stableKey,
    projectId: entry.projectId,
    projectCode: project.code,
    title: project.title,
    agencyName: project.implementingAgencyName,
    projectStatus: project.status,
    entryClass: entry.entryClass,
    rank: entry.rank,
    amountSatang: String(entry.amountSatang),
    note: entry.note,
    version: entry.version,
  };
}

const text = (value: bigint | null) => (value === null ? null : String(value));

export function presentTotals(totals: ActionPlanTotals): ActionPlanTotalsView {
  return {
    byClass: Object.fromEntries(
      Object.entries(totals.byClass).map(([key, total]) => [
        key,
        { count: total.count, amountSatang: String(total.amountSatang) },
      ]),
    ) as ActionPlanTotalsView['byClass'],
    againstCeilingSatang: String(totals.againstCeilingSatang),
    ceilingSatang: text(totals.ceilingSatang),
    remainingSatang: text(totals.remainingSatang),
    overCeiling: totals.overCeiling,
  };
}

export function presentCeiling(row: typeof actionPlanCeilings.$inferSelect): Ceiling {
  return {
    id: row.id,
    fiscalYear: row.fiscalYear,
    budgetUnit: row.budgetUnit,
    amountSatang: String(row.amountSatang),
    version: row.version,
  };
}
