import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { pagingQuery } from '../common/paging.js';
import { NEED_ORIGINS, NEED_STATUSES } from './need.js';

const fiscalYearMessage = bilingualMessage(
  'ปีงบประมาณต้องเป็น พ.ศ. 2500–2700',
  'Fiscal year must be a Buddhist-Era year 2500–2700',
);

/** A BE fiscal year in a query string. */
export const fiscalYearQuery = z.coerce
  .number<number | string>(fiscalYearMessage)
  .int(fiscalYearMessage)
  .min(2500, fiscalYearMessage)
  .max(2700, fiscalYearMessage);

/** The filters the list, the export and the merge search share. */
export const needFilterQuery = z.object({
  areaCode: areaCodeSchema.optional(),
  status: z.enum(NEED_STATUSES).optional(),
  origin: z.enum(NEED_ORIGINS).optional(),
  dimensionId: z.coerce.number<number | string>().int().positive().optional(),
  fiscalYear: fiscalYearQuery.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type NeedFilter = z.output<typeof needFilterQuery>;

/** GET /needs: the filters and a page. */
export const needListQuery = needFilterQuery.extend(pagingQuery);
export type NeedListQuery = z.output<typeof needListQuery>;

/** GET /needs/similar: what is being typed and where. */
export const similarNeedsQuery = z.object({
  title: z
    .string()
    .trim()
    .min(2, bilingualMessage('พิมพ์ชื่อเรื่องอย่างน้อย 2 ตัวอักษร', 'Type at least 2 characters of the title'))
    .max(300),
  description: z.string().trim().max(5000).optional(),
  areaCode: areaCodeSchema,
  excludeId: z.uuid().optional(),
});
export type SimilarNeedsQuery = z.output<typeof similarNeedsQuery>;

export const ROLLUP_GROUPS = ['area', 'dimension', 'origin', 'status'] as const;
export type RollupGroup = (typeof ROLLUP_GROUPS)[number];
export const ROLLUP_LEVELS = ['province', 'district', 'subdistrict'] as const;
export type RollupLevel = (typeof ROLLUP_LEVELS)[number];

/** GET /needs/rollups. */
export const needRollupQuery = z.object({
  groupBy: z.enum(ROLLUP_GROUPS),
  areaCode: areaCodeSchema.optional(),
  level: z.enum(ROLLUP_LEVELS).optional(),
  fiscalYear: fiscalYearQuery.optional(),
});
export type NeedRollupQuery = z.output<typeof needRollupQuery>;

/** GET /needs/map: totals per province, and points of one province's subdistricts. */
export const needMapQuery = z.object({
  areaCode: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  fiscalYear: fiscalYearQuery.optional(),
});
export type NeedMapQuery = z.output<typeof needMapQuery>;

/** GET /need-dimensions. */
export const needDimensionListQuery = z.object({ includeInactive: z.enum(['true', 'false']).optional() });
