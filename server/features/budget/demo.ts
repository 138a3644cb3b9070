import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { BUDGET_STAGES, type BudgetStage } from '../../../domain/budget/stages.js';
import type { ProjectStatus } from '../../../domain/projects/project.js';
import type { Database, Tx } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { projectLocations } from '../projects/child-tables.js';
import { projects } from '../projects/tables.js';
import { projectBudgetStages } from './stage-tables.js';

const CLOSED_YEAR = 2568;
const REQUEST_YEAR = 2569;
const BEFORE_ALLOCATION = ['requested', 'in_draft_bill'] as const;

/** A cut (percent kept, reason) at a stage for the n-th demo project, so every install shows the same. */
function cutFor(stage: BudgetStage, n: number): { keepPercent: bigint; reason: string | null } {
  if (stage === 'bureau_scrutiny' && n % 3 === 0) {
    return { keepPercent: 95n, reason: 'สำนักงบประมาณปรับราคาตามบัญชีราคามาตรฐานครุภัณฑ์และสิ่งก่อสร้าง' };
  }
  if (stage === 'enacted' && n % 5 === 0) {
    return { keepPercent: 97n, reason: 'คณะกรรมาธิการวิสามัญฯ ปรับลดรายการ' };
  }
  return { keepPercent: 100n, reason: null };
}

/** Rounds down to whole thousands of baht, as budget documents state amounts. */
const toThousandBaht = (satang: bigint) => (satang / 100_000n) * 100_000n;

type StagedProject = typeof projects.$inferSelect;

/** Each project's first district (for the by-area summary), when it names one. */
async function districtsOf(tx: Tx, rows: readonly StagedProject[]): Promise<Map<string, string>> {
  const districts = await tx
    .select({
      projectId: projectLocations.projectId,
      code: sql<string>`min(left(${projectLocations.areaCode}, 4))`,
    })
    .from(projectLocations)
    .where(
      and(
        inArray(
          projectLocations.projectId,
          rows.map((row) => row.id),
        ),
        sql`length(${projectLocations.areaCode}) >= 4`,
      ),
    )
    .groupBy(projectLocations.projectId);
  return new Map(districts.map((row) => [row.projectId, row.code]));
}

/** Demo projects of a year in the given statuses that have no stage yet, by code. */
function unstagedDemoProjects(tx: Tx, fiscalYear: number, statuses: ProjectStatus[]) {
  return tx
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.isDemo, true),
        eq(projects.fiscalYear, fiscalYear),
        inArray(projects.status, statuses),
        notExists(
          tx.select().from(projectBudgetStages).where(eq(projectBudgetStages.projectId, projects.id)),
        ),
      ),
    )
    .orderBy(asc(projects.code));
}

/** The stage rows of one project: its amount stage by stage, each cut with its reason. */
function stageRowsOf(
  project: StagedProject,
  n: number,
  stages: readonly BudgetStage[],
  district: string | null,
) {
  let previous = project.totalSatang;
  return stages.map((stage) => {
    const { keepPercent, reason } = cutFor(stage, n);
    const amount = keepPercent === 100n ? previous : toThousandBaht((previous * keepPercent) / 100n);
    const row = {
      projectId: project.id,
      provinceCode: project.provinceCode,
      clusterId: project.clusterId,
      fiscalYear: project.fiscalYear,
      stage,
      amountSatang: amount,
      cutSatang: previous - amount,
      cutReason: amount < previous ? reason : null,
      budgetType: project.budgetType,
      planIssueId: project.planIssueId,
      agencyId: project.implementingAgencyId,
      districtCode: district,
    };
    previous = amount;
    return row;
  });
}

/**
 * Demo budget stages: every FY2568 demo project that was requested carries its amounts through
 * enactment, with a few cuts and their reasons, and ends allocated; every FY2569 demo project the
 * province requested has its request amount (the FY2569 explanation pack explains it). Runs after
 * the projects demo.
 */
export async function seedDemoStages(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const closed = await unstagedDemoProjects(tx, CLOSED_YEAR, [
      ...BEFORE_ALLOCATION,
      'allocated',
      'spending',
      'completed',
    ]);
    const requested = await unstagedDemoProjects(tx, REQUEST_YEAR, ['requested']);
    if (closed.length + requested.length === 0) {
      return;
    }
    const districtOf = await districtsOf(tx, [...closed, ...requested]);
    await tx
      .insert(projectBudgetStages)
      .values([
        ...closed.flatMap((project, n) =>
          stageRowsOf(project, n, BUDGET_STAGES, districtOf.get(project.id) ?? null),
        ),
        ...requested.flatMap((project, n) =>
          stageRowsOf(project, n, ['request'], districtOf.get(project.id) ?? null),
        ),
      ]);
    if (closed.length === 0) {
      return;
    }
    await tx
      .update(projects)
      .set({ status: 'allocated', statusChangedAt: new Date() })
      .where(
        and(
          inArray(
            projects.id,
            closed.map((row) => row.id),
          ),
          inArray(projects.status, [...BEFORE_ALLOCATION]),
        ),
      );
  });
}
