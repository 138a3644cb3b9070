import { eq, inArray } from 'drizzle-orm';
import { provinceCodeOf } from '../../../domain/areas/area-code.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { RuleContext } from '../../../domain/projects/rules/subject.js';
import type { Queryable } from '../../platform/db/client.js';
import { areas } from '../areas/tables.js';
import { memberProvincesOf } from '../plans/public.js';
import { planIssues, planItems } from '../plans/child-tables.js';
import { developmentPlans, planVersions } from '../plans/tables.js';
import { multiYearApprovals } from './stage-tables.js';

/** The period of the plan a project is linked to, through its issue or else its project-set item. */
async function planPeriodOf(tx: Queryable, project: Project): Promise<RuleContext['planPeriod']> {
  const { planIssueId, planItemId } = project.links;
  const child = planIssueId !== null ? planIssues : planItems;
  const childId = planIssueId ?? planItemId;
  if (childId === null) {
    return null;
  }
  const [row] = await tx
    .select({ start: developmentPlans.periodStart, end: developmentPlans.periodEnd })
    .from(child)
    .innerJoin(planVersions, eq(planVersions.id, child.planVersionId))
    .innerJoin(developmentPlans, eq(developmentPlans.id, planVersions.planId))
    .where(eq(child.id, childId));
  return row ?? null;
}

/** What the rules need beside the project record: provinces, cluster members, plan period, approvals. */
export async function ruleContextOf(tx: Queryable, project: Project): Promise<RuleContext> {
  const provinceCodes = [
    ...new Set([
      ...project.locations.map((location) => provinceCodeOf(location.areaCode)),
      ...project.provinceShares.map((share) => share.provinceCode),
    ]),
  ].sort();
  const members = project.scope === 'cluster' ? await memberProvincesOf(tx, project.clusterId) : [];
  const named = [...new Set([...provinceCodes, ...members])];
  const names =
    named.length === 0
      ? []
      : await tx
          .select({ code: areas.code, nameTh: areas.nameTh })
          .from(areas)
          .where(inArray(areas.code, named));
  const [approval] = await tx
    .select({ approvedSatang: multiYearApprovals.approvedSatang })
    .from(multiYearApprovals)
    .where(eq(multiYearApprovals.projectId, project.id));
  return {
    provinceCodes,
    clusterMemberProvinceCodes: members,
    provinceNames: Object.fromEntries(names.map((row) => [row.code, row.nameTh])),
    planPeriod: await planPeriodOf(tx, project),
    multiYearApprovedSatang: approval ? String(approval.approvedSatang) : null,
  };
}
