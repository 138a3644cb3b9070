import { z } from 'zod';
import { fiscalYearSchema } from '../plans/plan-input.js';
import { percentOf } from './plan-curve.js';

/**
 * Rankings against the cabinet's cumulative target: provinces (all, or of one cluster), clusters
 * (their cluster projects and their members' own), or budget units (a province's own projects as
 * P30, a cluster's cluster projects as C8 — each project in exactly one unit).
 */
export const RANKING_LEVELS = ['province', 'cluster', 'budget_unit'] as const;
export type RankingLevel = (typeof RANKING_LEVELS)[number];

/** The sheet name of each ranking's Excel export. */
export const RANKING_SHEET_NAMES: Record<RankingLevel, string> = {
  province: 'อันดับจังหวัด',
  cluster: 'อันดับกลุ่มจังหวัด',
  budget_unit: 'อันดับหน่วยรับงบประมาณ',
};

export const rankingQuery = z
  .object({
    fiscalYear: z.coerce.number().pipe(fiscalYearSchema),
    level: z.enum(RANKING_LEVELS).default('province'),
    clusterId: z.coerce.number().int().positive().optional(),
    throughMonth: z.coerce.number().int().min(1).max(12).optional(),
  })
  .strict();
export type RankingQuery = z.infer<typeof rankingQuery>;

export const rankingRowSchema = z.object({
  rank: z.number().int(),
  code: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  allocationSatang: z.string(),
  disbursedSatang: z.string(),
  disbursedPct: z.number(),
  /** Disbursed percent minus the target percent, in points (negative: behind). */
  gapPoints: z.number().nullable(),
  meetsTarget: z.boolean().nullable(),
});
export type RankingRow = z.infer<typeof rankingRowSchema>;

export const rankingSchema = z.object({
  fiscalYear: z.number().int(),
  level: z.enum(RANKING_LEVELS),
  /** The month the figures are cumulative to (0 when nothing is reported yet). */
  throughMonth: z.number().int(),
  targetPct: z.number().nullable(),
  rows: z.array(rankingRowSchema),
});
export type Ranking = z.infer<typeof rankingSchema>;

export type RankingUnit = {
  code: string;
  nameTh: string;
  nameEn: string | null;
  allocationSatang: bigint;
  disbursedSatang: bigint;
};

/**
 * Units ranked by disbursed percent of their allocation, highest first; equal percents share a rank
 * (1, 2, 2, 4) and are listed by code. Each row says how far it is from the target.
 */
export function rankUnits(units: readonly RankingUnit[], targetPct: number | null): RankingRow[] {
  const rows = units
    .map((unit) => ({ unit, pct: percentOf(unit.disbursedSatang, unit.allocationSatang) }))
    .sort((a, b) => b.pct - a.pct || a.unit.code.localeCompare(b.unit.code));
  return rows.map(({ unit, pct }, index) => {
    const firstEqual = rows.findIndex((row) => row.pct === pct);
    const gap = targetPct === null ? null : Math.round((pct - targetPct) * 100) / 100;
    return {
      rank: (firstEqual < 0 ? index : firstEqual) + 1,
      code: unit.code,
      nameTh: unit.nameTh,
      nameEn: unit.nameEn,
      allocationSatang: unit.allocationSatang.toString(),
      disbursedSatang: unit.disbursedSatang.toString(),
      disbursedPct: pct,
      gapPoints: gap,
      meetsTarget: gap === null ? null : gap >= 0,
    };
  });
}
