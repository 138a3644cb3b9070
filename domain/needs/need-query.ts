import { z } from 'zod';
import { areaCodeSchema } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { positiveInt4Query } from '../common/integers.js';
import { cursorQuery } from '../common/keyset-cursor.js';
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

/**
 * The filters the list, the export and the merge search share. `clusterId` narrows to the cluster's
 * member provinces; an area with it must lie in one of them.
 */
export const needFilterQuery = z.object({
  areaCode: areaCodeSchema.optional(),
  clusterId: positiveInt4Query().optional(),
  status: z.enum(NEED_STATUSES).optional(),
  origin: z.enum(NEED_ORIGINS).optional(),
  dimensionId: positiveInt4Query().optional(),
  fiscalYear: fiscalYearQuery.optional(),
  q: z.string().trim().min(1).max(200).optional(),
});
export type NeedFilter = z.output<typeof needFilterQuery>;

/** The sort key of a list row: newest first, reference number breaking ties. */
export const needListKey = z.object({ at: z.string().min(1).max(64), ref: z.string().min(1).max(40) });
export type NeedListKey = z.infer<typeof needListKey>;

/**
 * The order of a list: newest first (cursor pages at any depth), or, for a text search, best match
 * first (the exact reference number, then word rank, then title likeness) over at most 1,000
 * matches, paged by offset; with more matches than that a search stays newest first.
 */
export const NEED_LIST_SORTS = ['newest', 'relevance'] as const;
export type NeedListSort = (typeof NEED_LIST_SORTS)[number];

/** GET /needs: the filters and a page, by opaque cursor (any depth) or by offset (the first pages). */
export const needListQuery = needFilterQuery.extend({
  ...pagingQuery,
  cursor: cursorQuery(needListKey).optional(),
  sort: z.enum(NEED_LIST_SORTS).default('newest'),
});
export type NeedListQuery = z.output<typeof needListQuery>;
/** What a client sends for a page: the cursor as the list gave it. */
export type NeedListParams = NeedFilter & {
  limit: number;
  offset?: number;
  cursor?: string;
  sort?: NeedListSort;
};

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
  /** The cluster's member provinces only (as on the list); an area with it must lie in one of them. */
  clusterId: positiveInt4Query().optional(),
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
  /** Province totals of the cluster's member provinces only. */
  clusterId: positiveInt4Query().optional(),
  fiscalYear: fiscalYearQuery.optional(),
});
export type NeedMapQuery = z.output<typeof needMapQuery>;

/** GET /need-dimensions. */
export const needDimensionListQuery = z.object({ includeInactive: z.enum(['true', 'false']).optional() });
