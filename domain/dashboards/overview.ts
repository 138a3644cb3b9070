import { z } from 'zod';
import { bilingualMessage } from '../common/bilingual.js';
import { orphanCountsSchema } from '../results/orphans.js';
import { fiscalYearQuery } from '../needs/need-query.js';
import { fiscalYearOf } from '../thai/fiscal-year.js';
import type { Figures } from './figures.js';
import { shareBp } from './ratios.js';

export const DRILL_LEVELS = ['national', 'cluster', 'province', 'district'] as const;
export type DrillLevel = (typeof DRILL_LEVELS)[number];

/** The level below each level of the drill-down (a district lists its projects instead). */
export const CHILD_LEVEL: Record<DrillLevel, DrillLevel | null> = {
  national: 'cluster',
  cluster: 'province',
  province: 'district',
  district: null,
};

const CODE_PATTERN: Record<Exclude<DrillLevel, 'national'>, RegExp> = {
  cluster: /^[1-9]\d{0,3}$/,
  province: /^\d{2}$/,
  district: /^\d{4}$/,
};

/** GET /dashboards/overview and its export: one unit of the drill-down for a fiscal year (default: today's). */
export const overviewQuery = z
  .object({
    fiscalYear: fiscalYearQuery.default(() => fiscalYearOf(new Date())),
    level: z.enum(DRILL_LEVELS).default('national'),
    code: z.string().trim().max(8).optional(),
  })
  .superRefine((query, context) => {
    if (query.level === 'national') {
      if (query.code !== undefined) {
        context.addIssue({
          code: 'custom',
          path: ['code'],
          ...bilingualMessage('ระดับประเทศไม่ต้องระบุรหัส', 'The national level takes no code'),
        });
      }
      return;
    }
    if (query.code === undefined || !CODE_PATTERN[query.level].test(query.code)) {
      context.addIssue({
        code: 'custom',
        path: ['code'],
        ...bilingualMessage(
          'รหัสไม่ตรงกับระดับ (กลุ่มจังหวัด: เลขลำดับ, จังหวัด: 2 หลัก, อำเภอ: 4 หลัก)',
          'The code does not fit the level (cluster: its number, province: 2 digits, district: 4 digits)',
        ),
      });
    }
  });
export type OverviewQuery = z.output<typeof overviewQuery>;

const satang = z.string();
const bp = z.number().int().nullable();

/**
 * A unit's measures. Groups a level's sources cannot say (a district keeps needs only) are null,
 * never zero, so a gap does not read as a fact.
 */
export const metricsSchema = z.object({
  needs: z.number().int(),
  needsToScreen: z.number().int(),
  needsLinked: z.number().int(),
  /** Needs linked to a plan or project out of needs still open (neither merged nor rejected). */
  planCoverageBp: bp,
  projects: z.number().int().nullable(),
  projectSatang: satang.nullable(),
  actionPlanSatang: satang.nullable(),
  ceilingSatang: satang.nullable(),
  ceilingUsedBp: bp,
  allocationSatang: satang.nullable(),
  disbursedSatang: satang.nullable(),
  disbursedBp: bp,
  kpiIndicators: z.number().int().nullable(),
  kpiAchieved: z.number().int().nullable(),
  kpiAchievedBp: bp,
  assetsAwaitingTransfer: z.number().int().nullable(),
});
export type Metrics = z.infer<typeof metricsSchema>;

export const drillUnitSchema = z.object({
  level: z.enum(DRILL_LEVELS),
  code: z.string().nullable(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
});
export type DrillUnitView = z.infer<typeof drillUnitSchema>;

const orphanCountsByKind = orphanCountsSchema.shape.counts;

/** A unit's loose ends by kind, and the provinces in it that have any (each opens that province's lists). */
export const unitOrphansSchema = z.object({
  counts: orphanCountsByKind,
  byProvince: z.array(z.object({ provinceCode: z.string(), counts: orphanCountsByKind })),
});
export type UnitOrphans = z.infer<typeof unitOrphansSchema>;

export const overviewSchema = z.object({
  fiscalYear: z.number().int(),
  unit: drillUnitSchema,
  /** From the nation down to the unit's parent, for the breadcrumb. */
  path: z.array(drillUnitSchema),
  metrics: metricsSchema,
  /** The cabinet's overall cumulative disbursement target at `throughMonth` (percent, 2 decimals). */
  targetPct: z.number().nullable(),
  throughMonth: z.number().int(),
  childLevel: z.enum(DRILL_LEVELS).nullable(),
  children: z.array(drillUnitSchema.extend({ metrics: metricsSchema })),
  /** Loose ends by kind of a province, a cluster or the nation (none at a district). */
  orphans: unitOrphansSchema.nullable(),
  /** Every province for the nation's map, the members for a cluster's; none below. */
  provinces: z.array(drillUnitSchema.extend({ metrics: metricsSchema })),
});
export type Overview = z.infer<typeof overviewSchema>;
export type OverviewChild = Overview['children'][number];

/** Measures from summed figures; `needsOnly` for a level whose other sources keep no rows (district). */
export function metricsOf(figures: Figures, needsOnly: boolean): Metrics {
  const open = figures.needs - figures.needsClosed;
  const money = (value: bigint) => (needsOnly ? null : value.toString());
  const count = (value: number) => (needsOnly ? null : value);
  return {
    needs: figures.needs,
    needsToScreen: figures.needsToScreen,
    needsLinked: figures.needsLinked,
    planCoverageBp: shareBp(figures.needsLinked, open),
    projects: count(figures.projects),
    projectSatang: money(figures.projectSatang),
    actionPlanSatang: money(figures.actionPlanSatang),
    ceilingSatang: money(figures.ceilingSatang),
    ceilingUsedBp: needsOnly ? null : shareBp(figures.actionPlanSatang, figures.ceilingSatang),
    allocationSatang: money(figures.allocationSatang),
    disbursedSatang: money(figures.disbursedSatang),
    disbursedBp: needsOnly ? null : shareBp(figures.disbursedSatang, figures.allocationSatang),
    kpiIndicators: count(figures.kpiIndicators),
    kpiAchieved: count(figures.kpiAchieved),
    kpiAchievedBp: needsOnly ? null : shareBp(figures.kpiAchieved, figures.kpiIndicators),
    assetsAwaitingTransfer: count(figures.assetsAwaitingTransfer),
  };
}
