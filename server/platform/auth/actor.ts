import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Role } from '../../../domain/auth/roles.js';
import { normaliseScope, type AreaScope } from '../../../domain/auth/scope.js';
import { selectRows, type Queryable } from '../db/client.js';

/** The provinces that clusters and regions hold today; provided by the feature that owns them. */
export type ScopeGroupResolver = (
  db: Queryable,
  groups: { clusterIds: number[]; regionIds: string[] },
) => Promise<string[]>;

let scopeGroups: ScopeGroupResolver | undefined;

/** Called once at start by feature activation (server/platform/feature.ts). */
export function provideScopeGroups(resolver: ScopeGroupResolver): void {
  scopeGroups = resolver;
}

async function provincesOfGroups(
  db: Queryable,
  clusterIds: number[],
  regionIds: string[],
): Promise<string[]> {
  if (clusterIds.length === 0 && regionIds.length === 0) {
    return [];
  }
  if (!scopeGroups) {
    throw new Error('cluster and region scopes need a feature that provides scopeGroups');
  }
  return scopeGroups(db, { clusterIds, regionIds });
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

/** Stored role and scope rows of a user, as one statement reads them (`kind:scope_ref`). */
export type ActorGrants = { roles: readonly string[]; scopes: readonly string[] };

/** SQL select-list expressions for a user's grants, for folding into a statement keyed by `userId`. */
export const actorGrantColumns = (userId: SQL) => sql`
  array(select role from user_roles where user_id = ${userId} order by role) as roles,
  array(select kind || ':' || scope_ref from user_scopes where user_id = ${userId} order by kind, scope_ref) as scopes`;

/** The actor of stored grants; the view scope always includes the capture scope. */
export async function actorOf(db: Queryable, userId: string, grants: ActorGrants): Promise<Actor> {
  const split = grants.scopes.map((scope) => {
    const at = scope.indexOf(':');
    return { kind: scope.slice(0, at), scopeRef: scope.slice(at + 1) };
  });
  const captureRefs = split.filter((row) => row.kind === 'capture').map((row) => row.scopeRef);
  const viewRefs = split.map((row) => row.scopeRef);
  // Sequential on purpose: `db` may be one transaction's client, which runs one query at a time.
  const captureScope = await resolveScope(db, captureRefs);
  const viewScope = await resolveScope(db, viewRefs);
  return { userId, roles: grants.roles.map((role) => role as Role), captureScope, viewScope };
}

/** Loads the roles and resolved scopes of a user in one statement (more only for cluster or region scopes). */
export async function loadActor(db: Queryable, userId: string): Promise<Actor> {
  const [grants] = await selectRows<ActorGrants>(db, sql`select ${actorGrantColumns(sql`${userId}::uuid`)}`);
  return actorOf(db, userId, grants ?? { roles: [], scopes: [] });
}
