import { and, asc, eq, inArray, notExists, sql } from 'drizzle-orm';
import { BUDGET_STAGES, type BudgetStage } from '../../../domain/budget/stages.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { projectLocations } from '../projects/child-tables.js';
import { projects } from '../projects/tables.js';
import { projectBudgetStages } from './stage-tables.js';

const DEMO_YEAR = 2568;
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

/**
 * Demo budget stages: every FY2568 demo project that was requested carries its amounts through
 * enactment, with a few cuts and their reasons, and ends allocated. Runs after the projects demo.
 */
export async function seedDemoStages(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const rows = await tx
      .select()
      .from(projects)
      .where(
        and(
          eq(projects.isDemo, true),
          eq(projects.fiscalYear, DEMO_YEAR),
          inArray(projects.status, [...BEFORE_ALLOCATION, 'allocated', 'spending', 'completed']),
          notExists(
            tx.select().from(projectBudgetStages).where(eq(projectBudgetStages.projectId, projects.id)),
          ),
        ),
      )
      .orderBy(asc(projects.code));
    if (rows.length === 0) {
      return;
    }
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
    const districtOf = new Map(districts.map((row) => [row.projectId, row.code]));
    const values = rows.flatMap((project, n) => {
      let previous = project.totalSatang;
      return BUDGET_STAGES.map((stage) => {
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
          districtCode: districtOf.get(project.id) ?? null,
        };
        previous = amount;
        return row;
      });
    });
    await tx.insert(projectBudgetStages).values(values);
    await tx
      .update(projects)
      .set({ status: 'allocated', statusChangedAt: new Date() })
      .where(
        and(
          inArray(
            projects.id,
            rows.map((row) => row.id),
          ),
          inArray(projects.status, [...BEFORE_ALLOCATION]),
        ),
      );
  });
}
