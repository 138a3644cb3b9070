import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { ProjectFilter } from '../../../domain/projects/project-query.js';
import { toSearchQuery } from '../../../domain/thai/index.js';
import { authorize } from '../../platform/auth/authorize.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { projectsInViewScope } from './access.js';
import { projectLocations } from './child-tables.js';
import { projects } from './tables.js';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Up to this many text matches the list pages over their ids. */
const MATCH_ID_CAP = 2000;

/**
 * Thai words (segmented, prefix-matched, GIN on search_tokens), a title substring (trigram GIN) or a
 * code, found as the owner by project_text_match_ids behind the same province wall as the policies.
 */
async function textCondition(tx: Queryable, q: string): Promise<SQL> {
  const trimmed = q.trim();
  const words = toSearchQuery(trimmed);
  const pattern = [...trimmed].length >= 3 ? `%${escapeLike(trimmed)}%` : null;
  const [row] = await selectRows<{ ids: string[] }>(
    tx,
    sql`select project_text_match_ids(${words}, ${pattern}, ${trimmed.toUpperCase()}, ${MATCH_ID_CAP}) as ids`,
  );
  return sql`${projects.id} = any(${sql.param(row?.ids ?? [])}::uuid[])`;
}

/** Projects working in an area: owned by the province, or with a location inside the area. */
function inArea(areaCode: string): SQL {
  const located = sql`exists (select 1 from ${projectLocations} l where l.project_id = ${projects.id}
    and l.province_code = ${projects.provinceCode} and l.area_code like ${`${areaCode}%`})`;
  return areaCode.length === 2 ? sql`(${projects.provinceCode} = ${areaCode} or ${located})` : located;
}

/**
 * The WHERE of a filtered project query within the actor's view scope; asking for an area outside
 * the scope is refused (403) rather than answered with nothing.
 */
export async function projectFilterSql(
  tx: Queryable,
  actor: Actor,
  filter: ProjectFilter,
): Promise<SQL | undefined> {
  if (filter.areaCode) {
    authorize(actor, 'project.read', filter.areaCode);
  }
  return and(
    projectsInViewScope(actor),
    filter.fiscalYear ? eq(projects.fiscalYear, filter.fiscalYear) : undefined,
    filter.scope ? eq(projects.scope, filter.scope) : undefined,
    filter.areaCode ? inArea(filter.areaCode) : undefined,
    filter.clusterId ? eq(projects.clusterId, filter.clusterId) : undefined,
    filter.status ? eq(projects.status, filter.status) : undefined,
    filter.budgetType ? eq(projects.budgetType, filter.budgetType) : undefined,
    filter.agencyId ? eq(projects.implementingAgencyId, filter.agencyId) : undefined,
    filter.q ? await textCondition(tx, filter.q) : undefined,
  );
}

/** Whether the roll-up table answers the totals: national view, filters it is keyed by. */
export function rollupsAnswer(actor: Actor, filter: ProjectFilter): boolean {
  return actor.viewScope.all && !filter.areaCode && !filter.clusterId && !filter.agencyId && !filter.q;
}
