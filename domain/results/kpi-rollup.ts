import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { fiscalYearSchema } from '../plans/plan-input.js';

/** KPI achievement rolled up per province, per cluster, or for the nation (from kpi_rollups). */
export const ROLLUP_LEVELS = ['province', 'cluster', 'nation'] as const;

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
  /** Province level: one row per province's own plan; cluster level: one per cluster plan; nation: one. */
  rows: z.array(
    z.object({ provinceCode: z.string().nullable(), clusterId: z.number().int().nullable(), ...totals }),
  ),
  total: z.object(totals),
});
export type KpiRollup = z.infer<typeof kpiRollupSchema>;
