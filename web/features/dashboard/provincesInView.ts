import type { Cluster } from '../../../domain/areas/area.js';
import type { SessionUser } from '../../app/api/types.js';
import { isNational, scopeProvinces } from '../../app/auth/scope.js';

/**
 * The provinces a scoped user's dashboard speaks about: the ones their view scope names, plus the
 * members today of each cluster and of each region's clusters it names; null for a national user. A
 * cluster or region without members adds nothing, so a scope of only those reads as no province at
 * all, never as the whole country.
 */
export function provincesInView(
  user: Pick<SessionUser, 'viewScope'> | null,
  clusters: readonly Pick<Cluster, 'id' | 'regionId' | 'members'>[],
): string[] | null {
  if (isNational(user)) {
    return null;
  }
  const references = new Set(user?.viewScope ?? []);
  const named = clusters.filter(
    (cluster) => references.has(`cluster:${cluster.id}`) || references.has(`region:${cluster.regionId}`),
  );
  const members = named.flatMap((cluster) =>
    cluster.members.filter((member) => member.validTo === null).map((member) => member.provinceCode),
  );
  return [...new Set([...scopeProvinces(user), ...members])];
}
