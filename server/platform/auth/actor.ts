import { and, eq, inArray, isNull, lte, or, gte, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Role } from '../../../domain/auth/roles.js';
import { normaliseScope, type AreaScope } from '../../../domain/auth/scope.js';
import { clusterMemberships, clusters } from '../../features/areas/tables.js';
import { userRoles, userScopes } from '../../features/users/tables.js';
import type { Queryable } from '../db/client.js';

/** Memberships valid today, as used to expand cluster and region scopes. */
async function provincesOfGroups(
  db: Queryable,
  clusterIds: number[],
  regionIds: string[],
): Promise<string[]> {
  if (clusterIds.length === 0 && regionIds.length === 0) {
    return [];
  }
  const today = sql`current_date`;
  const groupFilter = [
    clusterIds.length > 0 ? inArray(clusterMemberships.clusterId, clusterIds) : undefined,
    regionIds.length > 0 ? inArray(clusters.regionId, regionIds) : undefined,
  ].filter((condition) => condition !== undefined);
  const rows = await db
    .select({ provinceCode: clusterMemberships.provinceCode })
    .from(clusterMemberships)
    .innerJoin(clusters, eq(clusters.id, clusterMemberships.clusterId))
    .where(
      and(
        or(...groupFilter),
        lte(clusterMemberships.validFrom, today),
        or(isNull(clusterMemberships.validTo), gte(clusterMemberships.validTo, today)),
      ),
    );
  return rows.map((row) => row.provinceCode);
}

/** Turns stored scope references (area codes, cluster:<id>, region:<id>, national) into an AreaScope. */
export async function resolveScope(db: Queryable, refs: readonly string[]): Promise<AreaScope> {
  if (refs.includes('national')) {
    return { all: true, areaCodes: [] };
  }
  const clusterIds = refs.filter((ref) => ref.startsWith('cluster:')).map((ref) => Number(ref.slice(8)));
  const regionIds = refs.filter((ref) => ref.startsWith('region:')).map((ref) => ref.slice(7));
  const areaCodes = refs.filter((ref) => /^\d+$/.test(ref));
  const grouped = await provincesOfGroups(db, clusterIds, regionIds);
  return { all: false, areaCodes: normaliseScope([...areaCodes, ...grouped]) };
}

/** Loads the roles and resolved scopes of a user; the view scope always includes the capture scope. */
export async function loadActor(db: Queryable, userId: string): Promise<Actor> {
  const [roleRows, scopeRows] = await Promise.all([
    db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId)),
    db
      .select({ kind: userScopes.kind, scopeRef: userScopes.scopeRef })
      .from(userScopes)
      .where(eq(userScopes.userId, userId)),
  ]);
  const captureRefs = scopeRows.filter((row) => row.kind === 'capture').map((row) => row.scopeRef);
  const viewRefs = scopeRows.map((row) => row.scopeRef);
  const [captureScope, viewScope] = await Promise.all([
    resolveScope(db, captureRefs),
    resolveScope(db, viewRefs),
  ]);
  return { userId, roles: roleRows.map((row) => row.role as Role), captureScope, viewScope };
}
