import { and, asc, eq, inArray } from 'drizzle-orm';
import { achievementOf, percentOf } from '../../../domain/results/achievement.js';
import { REPORTABLE_PROJECT_STATUSES, type ProgressStatus } from '../../../domain/results/progress.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { projectOutputs } from '../projects/child-tables.js';
import { projects } from '../projects/tables.js';
import { seedDemoPhotos } from './demo-photos.js';
import { outputActuals, progressReports } from './tables.js';

/** Cumulative physical percent per quarter by how far a demo project has got. */
const DEMO_PROGRESS: Record<string, readonly number[]> = {
  allocated: [5],
  spending: [20, 45, 70],
  carried_over: [15, 35, 55, 80],
  completed: [25, 55, 85, 100],
  closed: [30, 60, 90, 100],
};

const statusOf = (percent: number, n: number): ProgressStatus =>
  percent === 100 ? 'completed' : n % 3 === 2 ? 'delayed' : 'on_track';

/**
 * Progress reports and output values for the demo projects that have money (allocated or later),
 * in their own fiscal year; every third one runs late and reaches only part of its targets. A few of
 * the FY2567–2568 ones get generated before/after site photos with previews.
 */
export async function seedDemoResults(database: Database): Promise<number> {
  return inSystemTransaction(database, async (tx) => {
    const demo = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.isDemo, true), inArray(projects.status, [...REPORTABLE_PROJECT_STATUSES])))
      .orderBy(asc(projects.code));
    const ids = demo.map((project) => project.id);
    if (
      ids.length === 0 ||
      (await tx.select().from(progressReports).where(inArray(progressReports.projectId, ids)).limit(1)).length
    ) {
      return 0;
    }
    const outputs = await tx
      .select()
      .from(projectOutputs)
      .where(inArray(projectOutputs.projectId, ids))
      .orderBy(asc(projectOutputs.orderNo));
    const reports: (typeof progressReports.$inferInsert)[] = [];
    const actuals: (typeof outputActuals.$inferInsert)[] = [];
    demo.forEach((project, n) => {
      const scope = {
        projectId: project.id,
        provinceCode: project.provinceCode,
        clusterId: project.clusterId,
      };
      const steps = DEMO_PROGRESS[project.status] ?? [];
      steps.forEach((percent, index) => {
        const quarter = index + 1;
        const status = statusOf(percent, n);
        reports.push({
          ...scope,
          fiscalYear: project.fiscalYear,
          quarter,
          physicalPercent: percent,
          status,
          problems: status === 'delayed' ? 'ผู้รับจ้างเข้าพื้นที่ล่าช้าเนื่องจากฝนตกชุก' : null,
          fixes: status === 'delayed' ? 'เร่งรัดผู้รับจ้างและขยายเวลาทำงาน' : null,
        });
        const reached = n % 3 === 2 ? Math.floor(percent / 2) : percent;
        outputs
          .filter((output) => output.projectId === project.id)
          .forEach((output, outputIndex) => {
            const actualValue = percentOf(output.targetValue, reached);
            actuals.push({
              ...scope,
              outputNo: outputIndex + 1,
              fiscalYear: project.fiscalYear,
              quarter,
              kind: output.kind,
              description: output.description,
              unit: output.unit,
              targetValue: output.targetValue,
              actualValue,
              ...achievementOf(actualValue, output.targetValue, 'higher_is_better'),
              dataSource: 'รายงานผลการดำเนินงานของหน่วยงาน (ข้อมูลสาธิต)',
            });
          });
      });
    });
    await seedDemoPhotos(tx, await tx.insert(progressReports).values(reports).returning());
    if (actuals.length > 0) {
      await tx.insert(outputActuals).values(actuals);
    }
    return reports.length;
  });
}
