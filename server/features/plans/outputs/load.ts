import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../../domain/auth/policy.js';
import type { Queryable } from '../../../platform/db/client.js';
import { agencies } from '../../agencies/tables.js';
import { areas, clusters } from '../../areas/tables.js';
import { loadVisibleVersion } from '../access.js';
import { stepsOf } from '../changes.js';
import { loadPlanVersionTree, type PlanVersionTree } from '../tree.js';
import type { IssueEvidenceReader } from './pdf-evidence.js';
import type { PlanDocument } from './plan-document.js';

type AreaLevel = (typeof areas.$inferSelect)['level'];

/** How an area is written in documents: จังหวัด/อำเภอ/ตำบล, or กรุงเทพมหานคร/เขต/แขวง in Bangkok. */
export function areaDisplayName(level: AreaLevel, code: string, nameTh: string): string {
  const bangkok = code.startsWith('10');
  switch (level) {
    case 'province':
      return bangkok ? nameTh : `จังหวัด${nameTh}`;
    case 'district':
      return `${bangkok ? 'เขต' : 'อำเภอ'}${nameTh}`;
    case 'subdistrict':
      return `${bangkok ? 'แขวง' : 'ตำบล'}${nameTh}`;
    default:
      return nameTh;
  }
}

/** Display names of the given area codes (unknown codes are left out). */
export async function areaNamesOf(tx: Queryable, codes: readonly string[]): Promise<Record<string, string>> {
  const unique = [...new Set(codes)];
  if (unique.length === 0) {
    return {};
  }
  const rows = await tx
    .select({ code: areas.code, level: areas.level, nameTh: areas.nameTh })
    .from(areas)
    .where(inArray(areas.code, unique));
  return Object.fromEntries(rows.map((row) => [row.code, areaDisplayName(row.level, row.code, row.nameTh)]));
}

/** Every area code a version refers to: item areas and area-level KPI targets. */
export function areaCodesOf(tree: PlanVersionTree): string[] {
  return tree.issues.flatMap((issue) => [
    ...issue.objectives.flatMap((objective) =>
      objective.kpis.flatMap((kpi) => kpi.targets.flatMap((t) => (t.areaCode ? [t.areaCode] : []))),
    ),
    ...issue.approaches.flatMap((approach) => approach.items.flatMap((item) => item.areaCodes)),
  ]);
}

async function areaTitleOf(tx: Queryable, tree: PlanVersionTree): Promise<string> {
  if (tree.plan.scope === 'cluster' && tree.plan.clusterId !== null) {
    const [cluster] = await tx
      .select({ nameTh: clusters.nameTh })
      .from(clusters)
      .where(eq(clusters.id, tree.plan.clusterId));
    return `กลุ่มจังหวัด${cluster?.nameTh ?? ''}`;
  }
  const names = await areaNamesOf(tx, [tree.plan.provinceCode]);
  return names[tree.plan.provinceCode] ?? `จังหวัด ${tree.plan.provinceCode}`;
}

/**
 * A version as the plan PDF shows it, read under the actor (a version outside the actor's scope is
 * not found), with the names of areas, agencies and approval steps it refers to.
 */
export async function loadPlanDocument(
  tx: Queryable,
  actor: Actor,
  versionId: string,
  now = new Date(),
): Promise<PlanDocument> {
  const visible = await loadVisibleVersion(tx, actor, versionId);
  const tree = await loadPlanVersionTree(tx, versionId);
  const agencyIds = [
    ...new Set(
      tree.issues.flatMap((issue) =>
        issue.approaches.flatMap((a) => a.items.flatMap((item) => (item.agencyId ? [item.agencyId] : []))),
      ),
    ),
  ];
  const areaTitle = await areaTitleOf(tx, tree);
  const areaNames = await areaNamesOf(tx, areaCodesOf(tree));
  const agencyRows =
    agencyIds.length > 0
      ? await tx
          .select({ id: agencies.id, nameTh: agencies.nameTh })
          .from(agencies)
          .where(inArray(agencies.id, agencyIds))
      : [];
  const steps = await stepsOf(tx, visible.plan.scope);
  return {
    tree,
    areaTitle,
    areaNames,
    agencyNames: Object.fromEntries(agencyRows.map((row) => [row.id, row.nameTh])),
    stepLabels: Object.fromEntries(steps.map((step) => [step.action, step.labelTh])),
    generatedAt: now,
  };
}

/** The version as its PDF shows it: the document with the indicator evidence each issue cites. */
export async function loadPlanPdfDocument(
  tx: Queryable,
  actor: Actor,
  versionId: string,
  evidenceOf: IssueEvidenceReader,
): Promise<PlanDocument> {
  const document = await loadPlanDocument(tx, actor, versionId);
  const evidence = await evidenceOf(
    tx,
    document.tree.issues.map((issue) => issue.id),
  );
  return { ...document, evidence: Object.fromEntries(evidence) };
}
