import { and, asc, eq, exists, gt, inArray, or } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { StageList, StageListQuery } from '../../../domain/budget/stage-responses.js';
import { authorize } from '../../platform/auth/authorize.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { projects } from '../projects/tables.js';
import { presentProjectStages } from './stage-presenter.js';
import { projectBudgetStages } from './stage-tables.js';

/**
 * GET /budget-stages: a year's projects that have stage amounts, by project code, one keyset page at
 * a time (the projects index on province, year and code serves it at any depth).
 */
export async function listStages(
  deps: DatabaseDeps,
  actor: Actor,
  query: StageListQuery,
): Promise<StageList> {
  authorize(actor, 'budget.read', query.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const after = query.cursor;
    const rows = await tx
      .select({
        id: projects.id,
        code: projects.code,
        title: projects.title,
        provinceCode: projects.provinceCode,
        fiscalYear: projects.fiscalYear,
        status: projects.status,
      })
      .from(projects)
      .where(
        and(
          query.provinceCode === undefined ? undefined : eq(projects.provinceCode, query.provinceCode),
          eq(projects.fiscalYear, query.fiscalYear),
          after
            ? or(gt(projects.code, after.code), and(eq(projects.code, after.code), gt(projects.id, after.id)))
            : undefined,
          exists(
            tx
              .select({ one: projectBudgetStages.id })
              .from(projectBudgetStages)
              .where(eq(projectBudgetStages.projectId, projects.id)),
          ),
        ),
      )
      .orderBy(asc(projects.code), asc(projects.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const stageRows =
      page.length === 0
        ? []
        : await tx
            .select()
            .from(projectBudgetStages)
            .where(
              inArray(
                projectBudgetStages.projectId,
                page.map((row) => row.id),
              ),
            );
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        projectId: row.id,
        code: row.code,
        title: row.title,
        provinceCode: row.provinceCode,
        status: row.status,
        stages: presentProjectStages(
          row,
          stageRows.filter((stage) => stage.projectId === row.id),
        ).stages,
      })),
      nextCursor: rows.length > query.limit && last ? encodeCursor({ code: last.code, id: last.id }) : null,
    };
  });
}
