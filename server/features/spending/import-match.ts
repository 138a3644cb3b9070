import { decide, type Actor } from '../../../domain/auth/policy.js';
import type { FieldProblem } from '../../../domain/common/control-characters.js';
import type { Project } from '../../../domain/projects/project-response.js';
import type { ExtractRow } from '../../../domain/spending/import-row.js';
import type { Queryable } from '../../platform/db/client.js';
import { listProjectsFor, loadProjectsByIds } from '../projects/public.js';
import { carryOverRowProblems } from './import-carry-over.js';
import { spendingMonthClosures } from './tables.js';

export type MatchedRow = { rowNumber: number; row: ExtractRow; project: Project };

/** The projects of the extract's years in the actor's view, by GFMIS code and by project code. */
async function projectIndex(tx: Queryable, actor: Actor, years: readonly number[]) {
  const byGfmis = new Map<string, Project>();
  const byCode = new Map<string, Project>();
  for (const fiscalYear of years) {
    const summaries = await listProjectsFor(tx, actor, { fiscalYear });
    for (const project of await loadProjectsByIds(
      tx,
      actor,
      summaries.map((summary) => summary.id),
    )) {
      if (project.gfmisCode) {
        byGfmis.set(`${fiscalYear}|${project.gfmisCode}`, project);
      }
      byCode.set(`${fiscalYear}|${project.code}`, project);
    }
  }
  return { byGfmis, byCode };
}

/**
 * Finds each row's project (by GFMIS code first, then project code) and what stops the row: no
 * such project, outside the actor's capture scope, a closed month, or the same project and month
 * twice in the file; then carried-over money paid beyond what was carried over. Carried-over money
 * is booked in the year it is paid, against last year's project.
 */
export async function matchExtractRows(
  tx: Queryable,
  actor: Actor,
  rows: readonly { rowNumber: number; row: ExtractRow }[],
): Promise<{ matched: MatchedRow[]; problems: Map<number, FieldProblem[]> }> {
  const years = [...new Set(rows.flatMap(({ row }) => [row.fiscalYear, row.fiscalYear - 1]))];
  const { byGfmis, byCode } = await projectIndex(tx, actor, years);
  const closed = new Set(
    (await tx.select().from(spendingMonthClosures)).map(
      (c) => `${c.provinceCode}|${c.fiscalYear}|${c.fiscalMonth}`,
    ),
  );
  const seen = new Set<string>();
  const matched: MatchedRow[] = [];
  const problems = new Map<number, FieldProblem[]>();
  for (const { rowNumber, row } of rows) {
    const year = row.funds === 'carry_over' ? row.fiscalYear - 1 : row.fiscalYear;
    const project =
      (row.gfmisCode ? byGfmis.get(`${year}|${row.gfmisCode}`) : undefined) ??
      (row.projectCode ? byCode.get(`${year}|${row.projectCode}`) : undefined);
    const key = `${project?.id}|${row.fiscalYear}|${row.fiscalMonth}|${row.funds}`;
    const found: FieldProblem[] = [];
    if (!project) {
      found.push({ field: 'project_code', th: 'ไม่พบโครงการตามรหัสที่ระบุ', en: 'No project with this code' });
    } else if (!decide(actor, 'spending.record', project.provinceCode).allowed) {
      found.push({
        field: 'project_code',
        th: 'โครงการอยู่นอกขอบเขตที่คุณบันทึกได้',
        en: 'The project is outside your capture scope',
      });
    } else if (closed.has(`${project.provinceCode}|${row.fiscalYear}|${row.fiscalMonth}`)) {
      found.push({
        field: 'fiscal_month',
        th: 'เดือนนี้รายงานและปิดแล้ว',
        en: 'This month is reported and closed',
      });
    } else if (seen.has(key)) {
      found.push({
        field: 'project_code',
        th: 'โครงการและเดือนนี้ซ้ำในไฟล์',
        en: 'This project and month appear twice in the file',
      });
    }
    seen.add(key);
    if (found.length > 0 || !project) {
      problems.set(rowNumber, found);
    } else {
      matched.push({ rowNumber, row, project });
    }
  }
  const overCarried = await carryOverRowProblems(tx, matched);
  for (const [rowNumber, found] of overCarried) {
    problems.set(rowNumber, found);
  }
  return { matched: matched.filter(({ rowNumber }) => !overCarried.has(rowNumber)), problems };
}
