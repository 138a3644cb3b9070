import { z } from 'zod';
import { ACTION_PLAN_STATUSES, ENTRY_CLASSES } from '../action-plans/action-plan.js';
import { ASSET_STATUSES, ASSET_TYPES } from '../assets/asset.js';
import { NEED_STATUSES } from '../needs/need.js';
import { PROJECT_STATUSES } from '../projects/project.js';
import { PROGRESS_STATUSES } from './progress.js';

const named = z.object({ id: z.uuid(), title: z.string() }).nullable();

/**
 * The golden thread of a project, read-only: the needs it answers and the plan version, issue,
 * approach, item and KPIs it serves, back up; the action plans that carried it, its money, results
 * and assets, down. Reached from a project, a result or an asset.
 */
export const goldenThreadSchema = z.object({
  /** The asset the thread was asked from, when it was. */
  focusAssetId: z.uuid().nullable(),
  project: z.object({
    id: z.uuid(),
    code: z.string(),
    title: z.string(),
    fiscalYear: z.number().int(),
    provinceCode: z.string(),
    status: z.enum(PROJECT_STATUSES),
    totalSatang: z.string(),
  }),
  needs: z.array(
    z.object({
      id: z.uuid(),
      referenceNo: z.string(),
      title: z.string(),
      areaCode: z.string(),
      status: z.enum(NEED_STATUSES),
    }),
  ),
  plan: z
    .object({
      planId: z.uuid(),
      planTitle: z.string(),
      versionId: z.uuid(),
      versionNo: z.number().int(),
      versionStatus: z.string(),
      issue: named,
      approach: named,
      item: named,
      kpis: z.array(z.object({ id: z.uuid(), name: z.string(), unit: z.string() })),
    })
    .nullable(),
  actionPlans: z.array(
    z.object({
      id: z.uuid(),
      fiscalYear: z.number().int(),
      budgetUnit: z.string(),
      versionNo: z.number().int(),
      status: z.enum(ACTION_PLAN_STATUSES),
      entryClass: z.enum(ENTRY_CLASSES),
      rank: z.number().int(),
    }),
  ),
  spending: z.object({
    fiscalYear: z.number().int(),
    allocationSatang: z.string(),
    disbursedSatang: z.string(),
  }),
  results: z.object({
    progressReports: z.number().int(),
    latestPhysicalPercent: z.number().int().nullable(),
    latestStatus: z.enum(PROGRESS_STATUSES).nullable(),
    indicatorsReported: z.number().int(),
    indicatorsAchieved: z.number().int(),
  }),
  assets: z.array(
    z.object({
      id: z.uuid(),
      code: z.string(),
      type: z.enum(ASSET_TYPES),
      description: z.string(),
      status: z.enum(ASSET_STATUSES),
      valueSatang: z.string(),
    }),
  ),
});
export type GoldenThread = z.infer<typeof goldenThreadSchema>;
