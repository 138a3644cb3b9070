import { z } from 'zod';
import { bilingualSchema } from '../common/problem.js';
import { NEED_STATUSES } from './need.js';
import { ROLLUP_GROUPS, ROLLUP_LEVELS } from './need-query.js';
import { AREA_PROXIMITIES } from './similarity.js';

/** A possible duplicate of a need being typed, with its score and the reasons in both languages. */
export const similarNeedSchema = z.object({
  id: z.string(),
  referenceNo: z.string(),
  title: z.string(),
  areaCode: z.string(),
  areaNameTh: z.string().nullable(),
  status: z.enum(NEED_STATUSES),
  fiscalYear: z.number().int(),
  households: z.number().int(),
  people: z.number().int(),
  score: z.number(),
  proximity: z.enum(AREA_PROXIMITIES),
  reasons: z.array(bilingualSchema),
});
export type SimilarNeed = z.infer<typeof similarNeedSchema>;

export const rollupRowSchema = z.object({
  key: z.string(),
  labelTh: z.string().nullable(),
  labelEn: z.string().nullable(),
  needs: z.number().int(),
  households: z.number().int(),
  people: z.number().int(),
});
export type RollupRow = z.infer<typeof rollupRowSchema>;

/** Needs summed by area (at a level), dimension, origin or status. */
export const needRollupSchema = z.object({
  groupBy: z.enum(ROLLUP_GROUPS),
  level: z.enum(ROLLUP_LEVELS).nullable(),
  items: z.array(rollupRowSchema),
});
export type NeedRollup = z.infer<typeof needRollupSchema>;

/** Needs per subdistrict point of a province and per province. */
export const needMapSchema = z.object({
  points: z.array(
    z.object({
      code: z.string(),
      nameTh: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      needs: z.number().int(),
    }),
  ),
  provinces: z.array(z.object({ provinceCode: z.string(), needs: z.number().int() })),
});
export type NeedMapData = z.infer<typeof needMapSchema>;
