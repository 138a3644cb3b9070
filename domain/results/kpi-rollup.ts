import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { fiscalYearSchema } from '../plans/plan-input.js';

/** KPI achievement rolled up per province, per cluster, or for the nation (from kpi_rollups). */
export const ROLLUP_LEVELS = ['province', 'cluster', 'nation'] as const;
export type RollupLevel = (typeof ROLLUP_LEVELS)[number];

export const kpiRollupQuery = z
  .object({
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema),
    level: z.enum(ROLLUP_LEVELS).default('province'),
    provinceCode: z
      .string()
      .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัด 2 หลัก', 'A 2-digit province code'))
      .optional(),
  })
  .strict();
export type KpiRollupQuery = z.infer<typeof kpiRollupQuery>;

const totals = {
  kpis: z.number().int(),
  kpisAchieved: z.number().int(),
  /** Reported yearly values that missed their target. */
  kpisMissed: z.number().int(),
  meanAchievementBp: z.number().int().nullable(),
  achievedShareBp: z.number().int().nullable(),
};

export const kpiRollupSchema = z.object({
  fiscalYear: z.number().int(),
  level: z.enum(ROLLUP_LEVELS),
  /**
   * Province level: one row per province's own plan; cluster level: one per cluster, its plan and its
   * member provinces' plans added; nation: one.
   */
  rows: z.array(
    z.object({ provinceCode: z.string().nullable(), clusterId: z.number().int().nullable(), ...totals }),
  ),
  total: z.object(totals),
});
export type KpiRollup = z.infer<typeof kpiRollupSchema>;

/** Yearly sums of one roll-up row: a province's own plan (cluster key 0) or a cluster plan. */
export type KpiSums = {
  provinceCode: string;
  clusterKey: number;
  kpis: number;
  kpisAchieved: number;
  achievementBpSum: number;
};

type Totals = Omit<KpiSums, 'provinceCode' | 'clusterKey'>;
export type KpiRollupRow = { provinceCode: string | null; clusterId: number | null } & Totals;

/** The sums of several rows added. */
export const addKpiSums = (rows: readonly Totals[]): Totals =>
  rows.reduce(
    (all, row) => ({
      kpis: all.kpis + row.kpis,
      kpisAchieved: all.kpisAchieved + row.kpisAchieved,
      achievementBpSum: all.achievementBpSum + row.achievementBpSum,
    }),
    { kpis: 0, kpisAchieved: 0, achievementBpSum: 0 },
  );

/**
 * Groups roll-up rows by level: per province (its own plan), per cluster (the cluster plan and its
 * member provinces' own plans added, so shares are recomputed from counts, never averaged), or one
 * row for the nation. Units with no reported KPI are left out.
 */
export function rollUpKpis(
  rows: readonly KpiSums[],
  level: RollupLevel,
  clusters: readonly { id: number; members: readonly string[] }[],
): KpiRollupRow[] {
  const units: KpiRollupRow[] =
    level === 'nation'
      ? [{ provinceCode: null, clusterId: null, ...addKpiSums(rows) }]
      : level === 'cluster'
        ? clusters.map((cluster) => ({
            provinceCode: null,
            clusterId: cluster.id,
            ...addKpiSums(
              rows.filter((row) =>
                row.clusterKey === 0
                  ? cluster.members.includes(row.provinceCode)
                  : row.clusterKey === cluster.id,
              ),
            ),
          }))
        : [...new Set(rows.filter((row) => row.clusterKey === 0).map((row) => row.provinceCode))]
            .sort()
            .map((provinceCode) => ({
              provinceCode,
              clusterId: null,
              ...addKpiSums(rows.filter((row) => row.clusterKey === 0 && row.provinceCode === provinceCode)),
            }));
  return units.filter((unit) => unit.kpis > 0);
}
