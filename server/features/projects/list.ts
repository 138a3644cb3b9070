import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { encodeCursor } from '../../../domain/common/keyset-cursor.js';
import type { ProjectFilter, ProjectListQuery } from '../../../domain/projects/project-query.js';
import type { ProjectList } from '../../../domain/projects/project-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { agencies } from '../agencies/tables.js';
import { projectFilterSql, rollupsAnswer } from './filters.js';
import { presentProjectSummary } from './presenter.js';
import { projectRollups, projects } from './tables.js';

/** Count and money of the whole filtered list: from the trigger-kept roll-ups where they answer. */
async function totalsOf(tx: Queryable, actor: Actor, filter: ProjectFilter, where: SQL | undefined) {
  if (rollupsAnswer(actor, filter)) {
    const [row] = await tx
      .select({
        total: sql<number>`coalesce(sum(${projectRollups.projects}), 0)::int`,
        money: sql<string>`coalesce(sum(${projectRollups.totalSatang}), 0)::text`,
      })
      .from(projectRollups)
      .where(
        and(
          filter.fiscalYear ? eq(projectRollups.fiscalYear, filter.fiscalYear) : undefined,
          filter.scope ? eq(projectRollups.scope, filter.scope) : undefined,
          filter.status ? eq(projectRollups.status, filter.status) : undefined,
          filter.budgetType ? eq(projectRollups.budgetType, filter.budgetType) : undefined,
        ),
      );
    return { total: Number(row?.total ?? 0), totalSatang: row?.money ?? '0' };
  }
  const [row] = await selectRows<{ total: number; money: string }>(
    tx,
    sql`select count(*)::int as total, coalesce(sum(total_satang), 0)::text as money from ${projects} where ${where ?? sql`true`}`,
  );
  return { total: Number(row?.total ?? 0), totalSatang: row?.money ?? '0' };
}

/** Projects matching the filters, newest fiscal year first then by code, a keyset page at a time. */
export async function listProjects(
  deps: DatabaseDeps,
  actor: Actor,
  query: ProjectListQuery,
): Promise<ProjectList> {
  authorize(actor, 'project.read');
  const after = query.cursor
    ? sql`(${projects.fiscalYear} < ${query.cursor.fy} or (${projects.fiscalYear} = ${query.cursor.fy} and ${projects.code} > ${query.cursor.code}))`
    : undefined;
  return inActorTransaction(deps.database, actor, async (tx) => {
    const where = await projectFilterSql(tx, actor, query);
    const rows = await tx
      .select()
      .from(projects)
      .where(and(where, after))
      .orderBy(desc(projects.fiscalYear), asc(projects.code))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit);
    const names = await agencyNames(
      tx,
      page.flatMap((row) => (row.implementingAgencyId ? [row.implementingAgencyId] : [])),
    );
    const last = page.at(-1);
    return {
      items: page.map((row) => presentProjectSummary(row, names.get(row.implementingAgencyId ?? '') ?? null)),
      ...(await totalsOf(tx, actor, query, where)),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ fy: last.fiscalYear, code: last.code }) : null,
    };
  });
}

/** Thai names of agencies by id. */
export async function agencyNames(tx: Queryable, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) {
    return new Map();
  }
  const rows = await tx
    .select({ id: agencies.id, nameTh: agencies.nameTh })
    .from(agencies)
    .where(inArray(agencies.id, unique));
  return new Map(rows.map((row) => [row.id, row.nameTh]));
}
