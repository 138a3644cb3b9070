import { z } from 'zod';
import { booleanQuery, pagingQuery } from '../common/paging.js';
import { AREA_LEVELS, areaCodeSchema } from './area-code.js';

/**
 * What is still to check about an area's reference data: a retired code whose last valid day is only
 * an upper bound (to confirm in the Royal Gazette), or an open code that may be a retired duplicate
 * (to confirm in DOPA's code list). An administrator clears it once checked.
 */
export const AREA_REFERENCE_CHECKS = ['valid_to_upper_bound', 'possibly_retired'] as const;
export type AreaReferenceCheck = (typeof AREA_REFERENCE_CHECKS)[number];
export const AREA_REFERENCE_CHECK_LABELS: Record<AreaReferenceCheck, { th: string; en: string }> = {
  valid_to_upper_bound: { th: 'วันสิ้นสุดรอตรวจสอบ', en: 'End date to verify' },
  possibly_retired: { th: 'อาจเป็นรหัสที่ยกเลิกแล้ว รอตรวจสอบ', en: 'May be a retired code, to verify' },
};

/** GET /areas: by level, parent and name. */
export const areaListQuery = z.object({
  level: z.enum(AREA_LEVELS).optional(),
  parent: areaCodeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional(),
  includeClosed: booleanQuery().optional(),
  ...pagingQuery,
});
export type AreaListQuery = z.input<typeof areaListQuery>;
export type AreaListFilter = z.output<typeof areaListQuery>;

/** GET /areas/export: the list's filters, every page. */
export const areaExportQuery = areaListQuery.omit({ limit: true, offset: true });

/** GET /areas/:code/subtree. */
export const areaSubtreeQuery = z.object({ level: z.enum(AREA_LEVELS).optional(), ...pagingQuery });
export type AreaSubtreeFilter = z.output<typeof areaSubtreeQuery>;

/** GET /clusters: current memberships only unless past ones are asked for. */
export const clusterListQuery = z.object({ includePast: booleanQuery().optional() });

/** An area (province, district, subdistrict or village) as the API returns it. */
export const areaSchema = z.object({
  code: z.string(),
  level: z.enum(AREA_LEVELS),
  parentCode: z.string().nullable(),
  provinceCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  postcode: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  isSpecialArea: z.boolean(),
  isDemo: z.boolean(),
  /** ISO dates (CE). */
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  /** The code that replaced this one once it was retired. */
  successorCode: z.string().nullable(),
  referenceCheck: z.enum(AREA_REFERENCE_CHECKS).nullable(),
  referenceNote: z.string().nullable(),
  version: z.number().int(),
});
export type Area = z.infer<typeof areaSchema>;

/** One area with its ancestors and how many open areas of each level lie below it. */
export const areaDetailSchema = z.object({
  area: areaSchema,
  ancestors: z.array(areaSchema),
  childCounts: z.partialRecord(z.enum(AREA_LEVELS), z.number().int()),
});
export type AreaDetail = z.infer<typeof areaDetailSchema>;

export const provinceStatsSchema = z.object({
  provinceCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  districts: z.number().int(),
  subdistricts: z.number().int(),
  villages: z.number().int(),
  clusterId: z.number().int().nullable(),
  clusterNameTh: z.string().nullable(),
  clusterNameEn: z.string().nullable(),
});
export type ProvinceStats = z.infer<typeof provinceStatsSchema>;

export const regionSchema = z.object({ id: z.string(), nameTh: z.string(), nameEn: z.string() });
export type Region = z.infer<typeof regionSchema>;

/** A provincial cluster with its member provinces over time. */
export const clusterSchema = z.object({
  id: z.number().int(),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  regionId: z.string(),
  operationsCentreCode: z.string().nullable(),
  operationsCentreVerified: z.boolean(),
  version: z.number().int(),
  members: z.array(
    z.object({
      provinceCode: z.string(),
      nameTh: z.string(),
      validFrom: z.string(),
      validTo: z.string().nullable(),
    }),
  ),
});
export type Cluster = z.infer<typeof clusterSchema>;
