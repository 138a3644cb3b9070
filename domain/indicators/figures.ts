import { z } from 'zod';
import { AREA_LEVELS } from '../areas/area-code.js';
import { bilingualMessage } from '../common/bilingual.js';
import { cursorQuery } from '../common/keyset-cursor.js';
import { indicatorSchema } from './catalogue.js';

const surveyYear = z.coerce
  .number()
  .int()
  .min(2500, bilingualMessage('ปีต้องเป็น พ.ศ.', 'The year must be Buddhist Era'))
  .max(2700, bilingualMessage('ปีต้องเป็น พ.ศ.', 'The year must be Buddhist Era'));
const parentCode = z
  .string()
  .regex(
    /^(\d{2}|\d{4}|\d{6})?$/,
    bilingualMessage('รหัสพื้นที่ต้องเป็น 2, 4 หรือ 6 หลัก', 'An area code of 2, 4 or 6 digits'),
  );
const provinceCode = z
  .string()
  .regex(/^\d{2}$/, bilingualMessage('รหัสจังหวัดต้องเป็นตัวเลข 2 หลัก', 'A province code is 2 digits'));

/** The areas one level below `parent` ('' = the provinces of the country) for one indicator and year. */
export const areaFiguresQuery = z.object({ year: surveyYear, parent: parentCode.default('') });

/** One area's figure with last year's, the change and the target it is measured against. */
export const areaFigureSchema = z.object({
  areaCode: z.string(),
  level: z.enum(AREA_LEVELS),
  nameTh: z.string(),
  nameEn: z.string().nullable(),
  value: z.number(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  previousValue: z.number().nullable(),
  change: z.number().nullable(),
  improved: z.boolean().nullable(),
  target: z.number().nullable(),
  belowTarget: z.boolean(),
});
export type AreaFigure = z.infer<typeof areaFigureSchema>;

export const areaFiguresSchema = z.object({
  indicator: indicatorSchema,
  year: z.number().int(),
  parent: z.string(),
  /** The figure of the parent area itself (null for the country, which has no stored figure). */
  parentFigure: areaFigureSchema.nullable(),
  items: z.array(areaFigureSchema),
});
export type AreaFigures = z.infer<typeof areaFiguresSchema>;

/** Areas of a province below its target, one indicator or all, at one level. */
export const belowTargetQuery = z.object({
  provinceCode,
  year: surveyYear,
  indicatorId: z.uuid().optional(),
  level: z.enum(['district', 'subdistrict', 'village']).default('subdistrict'),
  /** Keyset: the area code and indicator code of the previous page's last row. */
  cursor: cursorQuery(z.tuple([z.string(), z.string()])).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const shortfallSchema = z.object({
  indicatorId: z.uuid(),
  indicatorCode: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  unitTh: z.string(),
  unitEn: z.string(),
  areaCode: z.string(),
  areaNameTh: z.string(),
  areaNameEn: z.string().nullable(),
  year: z.number().int(),
  value: z.number(),
  target: z.number(),
});
export type Shortfall = z.infer<typeof shortfallSchema>;

export const shortfallPageSchema = z.object({
  items: z.array(shortfallSchema),
  nextCursor: z.string().nullable(),
});

/** The need form asks what its area (and the areas above it) falls short in. */
export const suggestionsQuery = z.object({
  areaCode: z
    .string()
    .regex(
      /^(\d{2}|\d{4}|\d{6}|\d{8})$/,
      bilingualMessage('รหัสพื้นที่ต้องเป็น 2, 4, 6 หรือ 8 หลัก', 'An area code of 2, 4, 6 or 8 digits'),
    ),
});

/** Where a province plans without seeing, and sees without planning. */
export const blindSpotsQuery = z.object({ provinceCode, year: surveyYear });

export const blindSpotsSchema = z.object({
  provinceCode: z.string(),
  year: z.number().int(),
  /** Areas with needs recorded but no indicator figure in the year or the two before. */
  needsWithoutData: z.array(
    z.object({
      areaCode: z.string(),
      nameTh: z.string(),
      nameEn: z.string().nullable(),
      needs: z.number().int(),
    }),
  ),
  /** Subdistricts below target on some indicator with no need recorded and no project located there. */
  poorWithoutResponse: z.array(
    z.object({
      areaCode: z.string(),
      nameTh: z.string(),
      nameEn: z.string().nullable(),
      indicatorsBelowTarget: z.number().int(),
      indicatorCodes: z.array(z.string()),
    }),
  ),
});
export type BlindSpots = z.infer<typeof blindSpotsSchema>;

/** A province's own target for an indicator. */
export const targetInputSchema = z
  .object({
    target: z
      .number(bilingualMessage('ค่าเป้าหมายต้องเป็นตัวเลข', 'The target must be a number'))
      .finite()
      .min(-1e12)
      .max(1e12),
  })
  .strict();
export const targetParams = z.object({ id: z.uuid(), provinceCode });
export const targetSchema = z.object({
  indicatorId: z.uuid(),
  provinceCode: z.string(),
  target: z.number(),
  version: z.number().int(),
});
