import { and, eq, gte, inArray, isNull, lte, or } from 'drizzle-orm';
import type { ScopeGroupResolver } from '../../platform/auth/actor.js';
import { bangkokToday } from '../../platform/db/bangkok-date.js';
import { clusterMemberships, clusters } from './tables.js';

/** The provinces of the given clusters and regions by the memberships valid today in Bangkok. */
export const provincesOfGroups: ScopeGroupResolver = async (db, { clusterIds, regionIds }) => {
  const today = bangkokToday();
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
};
