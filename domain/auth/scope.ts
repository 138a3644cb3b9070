import { isWithin } from '../areas/area-code.js';

/**
 * An area scope resolved to DOPA codes: clusters and regions are expanded to their member provinces
 * before a scope reaches here, so membership is a prefix test down the tree.
 */
export type AreaScope = { readonly all: boolean; readonly areaCodes: readonly string[] };

export const EMPTY_SCOPE: AreaScope = { all: false, areaCodes: [] };
export const NATIONAL_SCOPE: AreaScope = { all: true, areaCodes: [] };

/** Whether an area (or a national record, `null`) lies inside the scope. */
export function scopeCovers(scope: AreaScope, areaCode: string | null): boolean {
  if (scope.all) {
    return true;
  }
  if (areaCode === null) {
    return false;
  }
  return scope.areaCodes.some((code) => isWithin(areaCode, code));
}

/**
 * Provinces that the row-level-security wall lets through: every province holding any scoped area.
 * The service layer still checks finer areas (a district officer sees the whole province row set
 * under RLS but the policy narrows it to the district).
 */
export function provincesOf(scope: AreaScope): string[] {
  return [...new Set(scope.areaCodes.map((code) => code.slice(0, 2)))].sort();
}

/** Narrowest codes only: '30' already covers '3001', so '3001' is dropped. */
export function normaliseScope(codes: readonly string[]): string[] {
  const unique = [...new Set(codes)].sort((a, b) => a.length - b.length || a.localeCompare(b));
  const kept: string[] = [];
  for (const code of unique) {
    if (!kept.some((ancestor) => isWithin(code, ancestor))) {
      kept.push(code);
    }
  }
  return kept.sort();
}
