import { z } from 'zod';

/**
 * The open datasets: one zod schema per dataset is the JSON contract, the CSV columns (in shape
 * order) and, with its field words, the data dictionary. Money is satang as a decimal string
 * (exact beyond 2^53); dates are ISO (Christian era) so that machines read them without guessing.
 */
const satang = z.string().regex(/^-?\d+$/);
const text = z.string();
const optionalText = z.string().nullable();
const year = z.number().int();
const count = z.number().int().nullable();
const coordinate = z.number().nullable();

export const openProjectSchema = z.object({
  externalId: text,
  code: text,
  fiscalYear: year,
  provinceCode: text,
  provinceName: optionalText,
  scope: text,
  title: text,
  objective: optionalText,
  budgetType: text,
  category: text,
  status: text,
  statusLabel: text,
  totalSatang: satang,
  committedSatang: satang,
  disbursedSatang: satang,
  beneficiaryHouseholds: count,
  beneficiaryPeople: count,
  implementingAgency: optionalText,
  emenscrCode: optionalText,
  budgetBureauCode: optionalText,
  gfmisCode: optionalText,
  egpNumber: optionalText,
  latitude: coordinate,
  longitude: coordinate,
  updatedAt: text,
});
export type OpenProject = z.infer<typeof openProjectSchema>;

export const openSpendingSchema = z.object({
  projectCode: text,
  provinceCode: text,
  fiscalYear: year,
  fiscalMonth: z.number().int().min(1).max(12),
  committedSatang: satang,
  disbursedSatang: satang,
});
export type OpenSpending = z.infer<typeof openSpendingSchema>;

export const openAssetSchema = z.object({
  code: text,
  projectCode: text,
  provinceCode: text,
  fiscalYear: year,
  type: text,
  description: text,
  quantity: z.number().int(),
  unit: optionalText,
  valueSatang: satang,
  handoverDate: text,
  locationAreaCode: text,
  latitude: coordinate,
  longitude: coordinate,
  condition: text,
  status: text,
  gfmisAssetNo: optionalText,
});
export type OpenAsset = z.infer<typeof openAssetSchema>;

export const openPlanSchema = z.object({
  id: text,
  title: text,
  scope: text,
  provinceCode: text,
  clusterId: z.number().int().nullable(),
  periodStart: year,
  periodEnd: year,
  versionNo: z.number().int(),
  kind: text,
  reviewFiscalYear: year.nullable(),
  vision: optionalText,
  developmentGoal: optionalText,
  publishedAt: optionalText,
});
export type OpenPlan = z.infer<typeof openPlanSchema>;

export const openActionPlanSchema = z.object({
  id: text,
  budgetUnit: text,
  provinceCode: text,
  scope: text,
  fiscalYear: year,
  versionNo: z.number().int(),
  status: text,
  projectCount: z.number().int(),
  totalSatang: satang,
});
export type OpenActionPlan = z.infer<typeof openActionPlanSchema>;

export const OPEN_DATASETS = {
  projects: openProjectSchema,
  spending: openSpendingSchema,
  assets: openAssetSchema,
  plans: openPlanSchema,
  'action-plans': openActionPlanSchema,
} as const;
export type OpenDatasetName = keyof typeof OPEN_DATASETS;
export const OPEN_DATASET_NAMES = Object.keys(OPEN_DATASETS) as OpenDatasetName[];

export type OpenRecord<N extends OpenDatasetName> = z.infer<(typeof OPEN_DATASETS)[N]>;
