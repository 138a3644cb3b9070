import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Project } from '../../../domain/projects/project-response.js';
import { spendingClassOf, type SpendingClass } from '../../../domain/spending/budget-class.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { conflict, notFound } from '../../platform/http/errors.js';
import { loadProjectsByIds } from '../projects/public.js';
import { spendingMonthClosures } from './tables.js';

export type SpendingProject = {
  project: Project;
  spendingClass: SpendingClass;
  /** Paid over more than one fiscal year: new multi-year contracts have the later cut-off. */
  multiYear: boolean;
  scope: { projectId: string; provinceCode: string; clusterId: number | null };
};

const projectMissing = () => notFound({ th: 'ไม่พบโครงการ', en: 'Project not found' });

/** A project the actor can see, through the projects feature's service, with its spending facts. */
export async function loadSpendingProject(
  tx: Queryable,
  actor: Actor,
  projectId: string,
): Promise<SpendingProject> {
  const [project] = await loadProjectsByIds(tx, actor, [projectId]);
  if (!project) {
    throw projectMissing();
  }
  return spendingFacts(project);
}

export function spendingFacts(project: Project): SpendingProject {
  return {
    project,
    spendingClass: spendingClassOf(project.budgetType),
    multiYear: project.schedule.filter((year) => BigInt(year.amountSatang) > 0n).length > 1,
    scope: { projectId: project.id, provinceCode: project.provinceCode, clusterId: project.clusterId },
  };
}

/** A project the actor may record spending for (capture of the project's province). */
export async function loadRecordableProject(tx: Queryable, actor: Actor, projectId: string) {
  authorize(actor, 'spending.record');
  const found = await loadSpendingProject(tx, actor, projectId);
  authorize(actor, 'spending.record', found.project.provinceCode);
  return found;
}

/** Refuses a write into a month its province has closed (409). */
export async function assertMonthsOpen(
  tx: Queryable,
  provinceCode: string,
  fiscalYear: number,
  months: readonly number[],
): Promise<void> {
  if (months.length === 0) {
    return;
  }
  const [closed] = await tx
    .select({ fiscalMonth: spendingMonthClosures.fiscalMonth })
    .from(spendingMonthClosures)
    .where(
      and(
        eq(spendingMonthClosures.provinceCode, provinceCode),
        eq(spendingMonthClosures.fiscalYear, fiscalYear),
        inArray(spendingMonthClosures.fiscalMonth, [...months]),
      ),
    )
    .limit(1);
  if (closed) {
    throw conflict({
      th: `เดือนที่ ${closed.fiscalMonth} ของปีงบประมาณ ${fiscalYear} รายงานและปิดแล้ว แก้ไขไม่ได้`,
      en: `Fiscal month ${closed.fiscalMonth} of FY${fiscalYear} is reported and closed; it cannot change`,
    });
  }
}
