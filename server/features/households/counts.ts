import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import {
  DEFAULT_PROPOSAL_THRESHOLD,
  proposalCandidates,
  suppressedCount,
  type SubdistrictShortfall,
} from '../../../domain/households/counts.js';
import { HOUSEHOLD_STATUSES, type ShortfallDimension } from '../../../domain/households/household.js';
import type { CountsQuery } from '../../../domain/households/household-input.js';
import type { HouseholdCounts } from '../../../domain/households/household-response.js';
import { authorize } from '../../platform/auth/authorize.js';
import type { Queryable } from '../../platform/db/client.js';
import { inActorReadTransaction, inActorTransaction } from '../../platform/db/transaction.js';
import type { DatabaseDeps } from '../../platform/dependencies.js';
import { currentSurveyYear, feedIndicatorValues } from './indicator-feed.js';
import { householdCounts, householdNeedProposals } from './tables.js';

const STILL_SHORT = ['identified', 'helped'] as const;

/** Households still short (identified or helped) per subdistrict × dimension, from the roll-up. */
export async function stillShort(
  tx: Queryable,
  where: {
    provinceCode: string;
    districtCode?: string;
    subdistrictCode?: string;
    dimension?: ShortfallDimension;
  },
): Promise<SubdistrictShortfall[]> {
  const rows = await tx
    .select({
      subdistrictCode: householdCounts.subdistrictCode,
      dimension: householdCounts.dimension,
      households: sql<number>`sum(${householdCounts.households})::int`,
    })
    .from(householdCounts)
    .where(
      and(
        eq(householdCounts.provinceCode, where.provinceCode),
        inArray(householdCounts.status, [...STILL_SHORT]),
        where.districtCode
          ? sql`left(${householdCounts.subdistrictCode}, 4) = ${where.districtCode}`
          : undefined,
        where.subdistrictCode ? eq(householdCounts.subdistrictCode, where.subdistrictCode) : undefined,
        where.dimension
          ? eq(householdCounts.dimension, where.dimension)
          : sql`${householdCounts.dimension} <> 'all'`,
      ),
    )
    .groupBy(householdCounts.subdistrictCode, householdCounts.dimension)
    .orderBy(householdCounts.subdistrictCode, householdCounts.dimension);
  return rows.flatMap((row) =>
    row.dimension === 'all' ? [] : [{ ...row, dimension: row.dimension, households: Number(row.households) }],
  );
}

/**
 * GET /household-counts: anonymised counts for a province (or one district): per subdistrict and
 * dimension with small counts hidden, households per status, and the subdistricts that should
 * propose a need. No row names or identifies a person.
 */
export async function householdCountsOf(
  deps: DatabaseDeps,
  actor: Actor,
  query: CountsQuery,
): Promise<HouseholdCounts> {
  authorize(actor, 'household_count.read', query.districtCode ?? query.provinceCode);
  return inActorReadTransaction(deps.database, actor, async (tx) => {
    const rows = await stillShort(tx, query);
    const statusRows = await tx
      .select({
        status: householdCounts.status,
        households: sql<number>`sum(${householdCounts.households})::int`,
      })
      .from(householdCounts)
      .where(
        and(
          eq(householdCounts.provinceCode, query.provinceCode),
          eq(householdCounts.dimension, 'all'),
          query.districtCode
            ? sql`left(${householdCounts.subdistrictCode}, 4) = ${query.districtCode}`
            : undefined,
        ),
      )
      .groupBy(householdCounts.status);
    const proposals = await tx
      .select()
      .from(householdNeedProposals)
      .where(eq(householdNeedProposals.provinceCode, query.provinceCode));
    const proposed = new Map(proposals.map((row) => [`${row.subdistrictCode}/${row.dimension}`, row.needId]));
    return {
      provinceCode: query.provinceCode,
      rows: rows.map((row) => ({
        subdistrictCode: row.subdistrictCode,
        dimension: row.dimension,
        ...suppressedCount(row.households),
      })),
      byStatus: HOUSEHOLD_STATUSES.map((status) => ({
        status,
        households: Number(statusRows.find((row) => row.status === status)?.households ?? 0),
      })),
      candidates: proposalCandidates(rows, DEFAULT_PROPOSAL_THRESHOLD).map((row) => ({
        ...row,
        proposedNeedId: proposed.get(`${row.subdistrictCode}/${row.dimension}`) ?? null,
      })),
      threshold: DEFAULT_PROPOSAL_THRESHOLD,
    };
  });
}

/** POST /household-counts/indicators: files a province's counts as this year's indicator values. */
export async function feedProvinceIndicators(
  deps: DatabaseDeps,
  actor: Actor,
  input: { provinceCode: string },
) {
  authorize(actor, 'household_count.propose', input.provinceCode);
  return inActorTransaction(deps.database, actor, async (tx) => {
    const rows = await stillShort(tx, { provinceCode: input.provinceCode });
    const year = currentSurveyYear();
    return { year, figures: await feedIndicatorValues(tx, rows, year) };
  });
}
