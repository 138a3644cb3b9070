import type { SessionUser } from '../api/types.js';

/** Whether the user sees the whole country (a national view scope). */
export function isNational(user: Pick<SessionUser, 'viewScope'> | null): boolean {
  return user?.viewScope.includes('national') ?? false;
}

/** The provinces a scoped user's view scope names directly (cluster and region scopes resolve on the server). */
export function scopeProvinces(user: Pick<SessionUser, 'viewScope'> | null): string[] {
  const codes = (user?.viewScope ?? []).filter((reference) => /^\d{2,8}$/.test(reference));
  return [...new Set(codes.map((code) => code.slice(0, 2)))];
}

/** The province the dashboard speaks about: the picked area's, else the user's first. */
export function focusProvince(
  user: Pick<SessionUser, 'viewScope'> | null,
  areaCode: string | null,
): string | null {
  if (areaCode) {
    return areaCode.slice(0, 2);
  }
  return isNational(user) ? null : (scopeProvinces(user)[0] ?? null);
}
