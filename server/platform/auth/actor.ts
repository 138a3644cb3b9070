import { eq } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import type { Role } from '../../../domain/auth/roles.js';
import { normaliseScope, type AreaScope } from '../../../domain/auth/scope.js';
import type { Queryable } from '../db/client.js';
import { userRoles, userScopes } from './tables.js';

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

/** Loads the roles and resolved scopes of a user; the view scope always includes the capture scope. */
export async function loadActor(db: Queryable, userId: string): Promise<Actor> {
  // Sequential on purpose: `db` may be one transaction's client, which runs one query at a time.
  const roleRows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  const scopeRows = await db
    .select({ kind: userScopes.kind, scopeRef: userScopes.scopeRef })
    .from(userScopes)
    .where(eq(userScopes.userId, userId));
  const captureRefs = scopeRows.filter((row) => row.kind === 'capture').map((row) => row.scopeRef);
  const viewRefs = scopeRows.map((row) => row.scopeRef);
  const captureScope = await resolveScope(db, captureRefs);
  const viewScope = await resolveScope(db, viewRefs);
  return { userId, roles: roleRows.map((row) => row.role as Role), captureScope, viewScope };
}
