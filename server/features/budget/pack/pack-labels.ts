import { asc, inArray } from 'drizzle-orm';
import { areaPathCodes, type PackLabels } from '../../../../domain/budget/pack-pages.js';
import type { Project } from '../../../../domain/projects/project-response.js';
import type { Queryable } from '../../../platform/db/client.js';
import { agencies } from '../../agencies/tables.js';
import { loadAlignmentNodes } from '../../alignment/public.js';
import { planApproaches, planIssues, planKpis } from '../../plans/child-tables.js';
import { areaNamesOf } from '../../plans/public.js';

const unique = (values: readonly (string | null)[]) => [
  ...new Set(values.filter((value): value is string => value !== null)),
];

/** Issues numbered by their place in their plan version: "ประเด็นการพัฒนาที่ n title". */
async function issueLabels(tx: Queryable, ids: string[]): Promise<PackLabels['issues']> {
  if (ids.length === 0) {
    return new Map();
  }
  const linked = await tx
    .select({ versionId: planIssues.planVersionId })
    .from(planIssues)
    .where(inArray(planIssues.id, ids));
  const all = await tx
    .select({ id: planIssues.id, title: planIssues.title, versionId: planIssues.planVersionId })
    .from(planIssues)
    .where(inArray(planIssues.planVersionId, unique(linked.map((row) => row.versionId))))
    .orderBy(asc(planIssues.planVersionId), asc(planIssues.orderNo), asc(planIssues.createdAt));
  const rank = new Map<string, number>();
  return new Map(
    all.map((issue) => {
      const no = (rank.get(issue.versionId) ?? 0) + 1;
      rank.set(issue.versionId, no);
      return [issue.id, { label: `ประเด็นการพัฒนาที่ ${no} ${issue.title}`, order: no }];
    }),
  );
}

/** Everything a pack prints by name for the given projects, read under the caller's transaction. */
export async function packLabelsOf(tx: Queryable, projects: readonly Project[]): Promise<PackLabels> {
  const issues = await issueLabels(tx, unique(projects.map((project) => project.links.planIssueId)));
  const approachIds = unique(projects.map((project) => project.links.planApproachId));
  const approaches =
    approachIds.length === 0
      ? []
      : await tx
          .select({ id: planApproaches.id, title: planApproaches.title })
          .from(planApproaches)
          .where(inArray(planApproaches.id, approachIds));
  const kpiIds = unique(projects.flatMap((project) => project.links.kpiIds));
  const kpis =
    kpiIds.length === 0
      ? []
      : await tx
          .select({ id: planKpis.id, name: planKpis.name, unit: planKpis.unit })
          .from(planKpis)
          .where(inArray(planKpis.id, kpiIds));
  const nodes = await loadAlignmentNodes(
    tx,
    unique(projects.flatMap((project) => project.links.alignment.map((link) => link.nodeId))),
  );
  const agencyIds = unique(projects.map((project) => project.implementingAgencyId));
  const agencyRows =
    agencyIds.length === 0
      ? []
      : await tx
          .select({ id: agencies.id, nameTh: agencies.nameTh })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds));
  const areaCodes = projects.flatMap((project) => [
    project.provinceCode,
    ...project.provinceShares.map((share) => share.provinceCode),
    ...project.locations.flatMap((location) => areaPathCodes(location.areaCode)),
  ]);
  return {
    issues,
    approaches: new Map(approaches.map((row) => [row.id, row.title])),
    kpis: new Map(kpis.map((row) => [row.id, `${row.name} (${row.unit})`])),
    alignment: new Map(nodes.map((node) => [node.id, `${node.code} ${node.titleTh}`])),
    agencies: new Map(agencyRows.map((row) => [row.id, row.nameTh])),
    areas: new Map(Object.entries(await areaNamesOf(tx, areaCodes))),
  };
}
