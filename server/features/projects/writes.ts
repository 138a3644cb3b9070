import { inArray, sql } from 'drizzle-orm';
import type { ProjectCreateInput } from '../../../domain/projects/project-input.js';
import { budgetUnitOf, projectCodeOf, type ProjectScope } from '../../../domain/projects/project.js';
import { sumSatang } from '../../../domain/projects/totals.js';
import { toSearchDocument } from '../../../domain/thai/index.js';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db/client.js';
import type { ProjectPlacement } from './access.js';
import {
  projectAlignmentLinks,
  projectBudgetLines,
  projectKpis,
  projectLocations,
  projectNeeds,
  projectOutputs,
  projectProvinceShares,
  projectReadiness,
  projectSchedule,
} from './child-tables.js';
import { projectCounters, projects } from './tables.js';

/** The child lists of a project; a list present replaces the stored one. */
export type ProjectChildren = Partial<
  Pick<
    ProjectCreateInput,
    'locations' | 'provinceShares' | 'links' | 'budgetLines' | 'schedule' | 'outputs' | 'readiness'
  >
>;

/** A new project's own columns, everything already checked. */
export type NewProject = Omit<ProjectCreateInput, keyof ProjectChildren | 'provinceCode' | 'clusterId'> & {
  placement: ProjectPlacement;
  links: ProjectCreateInput['links'];
  budgetLines: ProjectCreateInput['budgetLines'];
  status?: (typeof projects.$inferInsert)['status'];
};

export function projectSearchDocument(code: string, title: string, objective?: string | null): string {
  return toSearchDocument(`${code} ${title} ${objective ?? ''}`);
}

/** Reserves `count` running numbers of a budget unit and fiscal year; returns the first. */
async function reserveCodes(
  tx: Queryable,
  placement: ProjectPlacement & { budgetUnit: string },
  fiscalYear: number,
  count: number,
): Promise<number> {
  const [counter] = await tx
    .insert(projectCounters)
    .values({
      provinceCode: placement.provinceCode,
      budgetUnit: placement.budgetUnit,
      fiscalYear,
      lastNo: count,
    })
    .onConflictDoUpdate({
      target: [projectCounters.budgetUnit, projectCounters.fiscalYear],
      set: { lastNo: sql`${projectCounters.lastNo} + ${count}` },
    })
    .returning({ lastNo: projectCounters.lastNo });
  if (!counter) {
    throw new Error('counter upsert returned no row');
  }
  return counter.lastNo - count + 1;
}

/** Inserts projects (codes generated where missing) in one statement; children are written after. */
export async function insertProjects(
  tx: Queryable,
  userId: string | null,
  rows: readonly NewProject[],
  extra: { isDemo?: boolean } = {},
) {
  const next = new Map<string, number>();
  const values = [];
  for (const row of rows) {
    const scope: ProjectScope = row.scope;
    const budgetUnit = budgetUnitOf(scope, row.placement.provinceCode, row.placement.clusterId);
    let code = row.code;
    if (code === undefined) {
      const key = `${budgetUnit}:${row.fiscalYear}`;
      const needed = rows.filter(
        (other) =>
          other.code === undefined &&
          other.fiscalYear === row.fiscalYear &&
          budgetUnitOf(other.scope, other.placement.provinceCode, other.placement.clusterId) === budgetUnit,
      ).length;
      const runningNo =
        next.get(key) ?? (await reserveCodes(tx, { ...row.placement, budgetUnit }, row.fiscalYear, needed));
      next.set(key, runningNo + 1);
      code = projectCodeOf(budgetUnit, row.fiscalYear, runningNo);
    }
    const { placement, links, budgetLines, status, ...own } = row;
    values.push({
      ...own,
      ...placement,
      code,
      budgetUnit,
      status: status ?? 'idea',
      planItemId: links.planItemId ?? null,
      planIssueId: links.planIssueId ?? null,
      planApproachId: links.planApproachId ?? null,
      totalSatang: sumSatang(budgetLines),
      searchTokens: projectSearchDocument(code, row.title, row.objective),
      createdBy: userId,
      isDemo: extra.isDemo ?? false,
    });
  }
  return values.length === 0 ? [] : tx.insert(projects).values(values).returning();
}

type Target = { id: string; placement: ProjectPlacement; children: ProjectChildren };
type ChildTable = PgTable & { projectId: PgColumn };

/** One child list of many projects: one delete of the lists given, then inserts in chunks. */
async function replaceList<T extends ChildTable>(
  tx: Queryable,
  table: T,
  targets: readonly Target[],
  rowsOf: (target: Target, own: { projectId: string } & ProjectPlacement) => T['$inferInsert'][] | undefined,
): Promise<void> {
  const lists = targets.map((target) => ({
    target,
    rows: rowsOf(target, { projectId: target.id, ...target.placement }),
  }));
  const replaced = lists.filter((list) => list.rows !== undefined);
  if (replaced.length === 0) {
    return;
  }
  await tx.delete(table).where(
    inArray(
      table.projectId,
      replaced.map((list) => list.target.id),
    ),
  );
  const rows = replaced.flatMap((list) => list.rows ?? []);
  for (let start = 0; start < rows.length; start += 2000) {
    await tx.insert(table).values(rows.slice(start, start + 2000));
  }
}

/** Replaces the given child lists of many projects at once: one delete and one insert per list. */
export async function replaceChildren(tx: Queryable, targets: readonly Target[]): Promise<void> {
  await replaceList(tx, projectLocations, targets, (t, own) =>
    t.children.locations?.map((l) => ({ ...own, areaCode: l.areaCode, geometry: l.geometry ?? null })),
  );
  await replaceList(tx, projectProvinceShares, targets, (t, own) =>
    t.children.provinceShares?.map((s) => ({
      ...own,
      shareProvinceCode: s.provinceCode,
      shareBp: s.shareBp,
    })),
  );
  await replaceList(tx, projectKpis, targets, (t, own) =>
    t.children.links?.kpiIds.map((kpiId) => ({ ...own, kpiId })),
  );
  await replaceList(tx, projectNeeds, targets, (t, own) =>
    t.children.links?.needIds.map((needId) => ({ ...own, needId })),
  );
  await replaceList(tx, projectAlignmentLinks, targets, (t, own) =>
    t.children.links?.alignment.map((link) => ({ ...own, ...link })),
  );
  await replaceList(tx, projectBudgetLines, targets, (t, own) =>
    t.children.budgetLines?.map((line, index) => ({
      ...own,
      ...line,
      lineNo: index + 1,
      quantity: line.quantity ?? null,
      unit: line.unit ?? null,
      amountSatang: BigInt(line.amountSatang),
    })),
  );
  await replaceList(tx, projectSchedule, targets, (t, own) =>
    t.children.schedule?.map((s) => ({
      ...own,
      fiscalYear: s.fiscalYear,
      amountSatang: BigInt(s.amountSatang),
    })),
  );
  await replaceList(tx, projectOutputs, targets, (t, own) =>
    t.children.outputs?.map((output, index) => ({ ...own, ...output, orderNo: index + 1 })),
  );
  await replaceList(tx, projectReadiness, targets, (t, own) =>
    t.children.readiness?.map((r) => ({ ...own, ...r, note: r.note ?? null })),
  );
}
