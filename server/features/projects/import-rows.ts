import { eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { RowMessage } from '../../../domain/plans/outputs/sheet-values.js';
import {
  checkProjectRow,
  projectSheetKey,
  type ProjectSheetFacts,
  type ProjectSheetField,
} from '../../../domain/projects/sheet.js';
import { isBudgetLocked, isProjectFinal } from '../../../domain/projects/state-machine.js';
import { recordAudit } from '../../platform/audit/audit.js';
import { isAllowed } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import type { TabularRow } from '../../platform/files/sheet.js';
import type { ProjectRow } from './access.js';
import { projectBudgetLines, projectSchedule } from './child-tables.js';
import { projects } from './tables.js';
import { projectSearchDocument } from './writes.js';

export type ImportVerdict = {
  rowNumber: number;
  key: string;
  messages: RowMessage[];
  changed: ProjectSheetField[];
  project?: ProjectRow;
  facts?: ProjectSheetFacts;
};

export const factsOf = (row: ProjectRow): ProjectSheetFacts => ({
  title: row.title,
  objective: row.objective,
  budgetType: row.budgetType,
  category: row.category,
  totalSatang: row.totalSatang,
  emenscrCode: row.emenscrCode,
  budgetBureauCode: row.budgetBureauCode,
  gfmisCode: row.gfmisCode,
  egpNumber: row.egpNumber,
});

/** The projects the rows name, with how many budget lines each has. */
async function loadNamed(tx: Queryable, rows: readonly TabularRow[]) {
  const codes = [...new Set(rows.map((row) => (row.values.code ?? '').trim()))];
  const found =
    codes.length === 0 ? [] : await tx.select().from(projects).where(inArray(projects.code, codes));
  const byKey = new Map(found.map((row) => [projectSheetKey(row.fiscalYear, row.budgetUnit, row.code), row]));
  const lines =
    found.length === 0
      ? []
      : await tx
          .select({ projectId: projectBudgetLines.projectId, count: sql<number>`count(*)::int` })
          .from(projectBudgetLines)
          .where(
            inArray(
              projectBudgetLines.projectId,
              found.map((row) => row.id),
            ),
          )
          .groupBy(projectBudgetLines.projectId);
  return { byKey, lineCounts: new Map(lines.map((line) => [line.projectId, Number(line.count)])) };
}

/** Facts as JSON can hold them: money as a satang string. */
export const auditable = (facts: ProjectSheetFacts) => ({ ...facts, totalSatang: String(facts.totalSatang) });

const problem = (field: string, th: string, en: string): RowMessage => ({ field, th, en });

/** Every row checked against its project: updates only, by key, each key once, within the capture scope. */
export async function checkImportRows(
  tx: Queryable,
  actor: Actor,
  rows: readonly TabularRow[],
): Promise<ImportVerdict[]> {
  const { byKey, lineCounts } = await loadNamed(tx, rows);
  const seen = new Set<string>();
  return rows.map((row) => {
    const key = projectSheetKey(
      row.values.fiscal_year ?? '',
      row.values.budget_unit ?? '',
      row.values.code ?? '',
    );
    const project = byKey.get(key);
    if (seen.has(key)) {
      return {
        rowNumber: row.rowNumber,
        key,
        changed: [],
        messages: [problem('code', 'รหัสโครงการซ้ำในไฟล์', 'The same project appears twice in the file')],
      };
    }
    seen.add(key);
    if (!project || !isAllowed(actor, 'project.edit', project.provinceCode)) {
      return {
        rowNumber: row.rowNumber,
        key,
        changed: [],
        messages: [
          problem(
            'code',
            'ไม่พบโครงการนี้ในขอบเขตที่แก้ไขได้ (การนำเข้าไม่สร้างโครงการใหม่)',
            'No such project you may edit (the import never creates projects)',
          ),
        ],
      };
    }
    const check = checkProjectRow(row.values, factsOf(project));
    const messages = [...check.messages];
    if (check.changed.length > 0 && isProjectFinal(project.status)) {
      messages.push(problem('status', 'โครงการปิดหรือยกเลิกแล้ว แก้ไขไม่ได้', 'The project is closed or cancelled'));
    }
    if (check.changed.includes('total_baht')) {
      if (isBudgetLocked(project.status)) {
        messages.push(
          problem(
            'total_baht',
            'ได้รับจัดสรรแล้ว เปลี่ยนวงเงินต้องมีคำขอเปลี่ยนแปลงที่อนุมัติ',
            'Allocated: changing the amount needs an approved change request',
          ),
        );
      } else if ((lineCounts.get(project.id) ?? 0) > 1) {
        messages.push(
          problem(
            'total_baht',
            'โครงการมีหลายรายการงบประมาณ กรุณาแก้ไขวงเงินในระบบ',
            'The project has several budget lines; change the amount in the app',
          ),
        );
      }
    }
    return {
      rowNumber: row.rowNumber,
      key,
      messages,
      changed: messages.length > 0 ? [] : check.changed,
      project,
      facts: check.facts,
    };
  });
}

/** Writes one checked change: the project row, and for a new amount its one budget line and schedule. */
export async function saveProjectChange(
  tx: Queryable,
  actor: Actor,
  {
    project,
    facts,
    changed,
  }: { project: ProjectRow; facts: ProjectSheetFacts; changed: readonly ProjectSheetField[] },
  reason: string,
): Promise<void> {
  await tx
    .update(projects)
    .set({
      ...facts,
      searchTokens: projectSearchDocument(project.code, facts.title, facts.objective),
      version: project.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(projects.id, project.id));
  await recordAudit(tx, actor, {
    entityType: 'project',
    entityId: project.id,
    action: 'import',
    before: auditable(factsOf(project)),
    after: auditable(facts),
    reason,
    provinceCode: project.provinceCode,
  });
  if (!changed.includes('total_baht')) {
    return;
  }
  const own = { projectId: project.id, provinceCode: project.provinceCode, clusterId: project.clusterId };
  const updated = await tx
    .update(projectBudgetLines)
    .set({ amountSatang: facts.totalSatang })
    .where(eq(projectBudgetLines.projectId, project.id))
    .returning({ id: projectBudgetLines.id });
  if (updated.length === 0) {
    await tx.insert(projectBudgetLines).values({
      ...own,
      lineNo: 1,
      description: facts.title,
      budgetType: facts.budgetType,
      category: facts.category,
      amountSatang: facts.totalSatang,
    });
  }
  const schedule = await tx.select().from(projectSchedule).where(eq(projectSchedule.projectId, project.id));
  if (schedule.length <= 1) {
    await tx.delete(projectSchedule).where(eq(projectSchedule.projectId, project.id));
    await tx.insert(projectSchedule).values({
      ...own,
      fiscalYear: schedule[0]?.fiscalYear ?? project.fiscalYear,
      amountSatang: facts.totalSatang,
    });
  }
}
