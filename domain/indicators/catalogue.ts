import { z } from 'zod';
import { bilingualMessage, type Bilingual } from '../common/bilingual.js';
import { shortText } from '../spending/fields.js';

/** Where an indicator comes from; `other` is a source an administrator adds by name. */
export const INDICATOR_SOURCES = ['jpt', 'kcch2k', 'tpmap', 'gpp', 'other'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export const INDICATOR_SOURCE_LABELS: Record<IndicatorSource, Bilingual> = {
  jpt: { th: 'จปฐ. (ความจำเป็นพื้นฐาน กรมการพัฒนาชุมชน)', en: 'Basic Minimum Needs survey (CDD)' },
  kcch2k: { th: 'กชช.2ค (ข้อมูลพื้นฐานระดับหมู่บ้าน)', en: 'NRD2C village survey' },
  tpmap: { th: 'TPMAP (ความยากจนหลายมิติ)', en: 'TPMAP multidimensional poverty' },
  gpp: { th: 'ผลิตภัณฑ์มวลรวมจังหวัด (GPP)', en: 'Gross provincial product' },
  other: { th: 'แหล่งอื่นที่ผู้ดูแลระบบเพิ่ม', en: 'Other source added by an administrator' },
};

/** TPMAP's five dimensions of poverty. */
export const POVERTY_DIMENSIONS = ['health', 'living', 'education', 'income', 'access'] as const;
export type PovertyDimension = (typeof POVERTY_DIMENSIONS)[number];

export const POVERTY_DIMENSION_LABELS: Record<PovertyDimension, Bilingual> = {
  health: { th: 'สุขภาพ', en: 'Health' },
  living: { th: 'ความเป็นอยู่', en: 'Living conditions' },
  education: { th: 'การศึกษา', en: 'Education' },
  income: { th: 'รายได้', en: 'Income' },
  access: { th: 'การเข้าถึงบริการรัฐ', en: 'Access to public services' },
};

export const INDICATOR_DIRECTIONS = ['higher_is_better', 'lower_is_better'] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/**
 * How values of lower areas make the value of the area above: `sum` adds counts; `ratio` adds
 * numerators and denominators and divides again (never an average of percentages); `none` is not
 * aggregated (a figure only published for one level, like GPP per head).
 */
export const INDICATOR_AGGREGATIONS = ['sum', 'ratio', 'none'] as const;
export type IndicatorAggregation = (typeof INDICATOR_AGGREGATIONS)[number];

const code = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/,
    bilingualMessage(
      'รหัสตัวชี้วัดต้องเป็น A-Z 0-9 . _ - (2–40 ตัว)',
      'An indicator code is 2–40 of A-Z, 0-9, . _ -',
    ),
  );
const decimal = z
  .number(bilingualMessage('ค่าต้องเป็นตัวเลข', 'The value must be a number'))
  .finite()
  .min(-1e12)
  .max(1e12);

/** An indicator as an administrator defines or corrects it. */
export const indicatorInputSchema = z
  .object({
    code,
    source: z.enum(INDICATOR_SOURCES),
    /** The source's name when `source` is `other`. */
    sourceName: z.string().trim().max(200).nullish(),
    dimension: z.enum(POVERTY_DIMENSIONS).nullish(),
    nameTh: shortText(300),
    nameEn: shortText(300),
    unitTh: shortText(50),
    unitEn: shortText(50),
    direction: z.enum(INDICATOR_DIRECTIONS),
    aggregation: z.enum(INDICATOR_AGGREGATIONS),
    /** A ratio's multiplier: 100 for a percentage, 1000 for a rate per thousand. */
    ratioScale: z.number().int().min(1).max(1_000_000).default(100),
    /** The national standard (จปฐ. criterion) a province's own target replaces. */
    defaultTarget: decimal.nullish(),
    /** The first survey year (BE) the definition applies to. */
    sinceYear: z.number().int().min(2500).max(2700).nullish(),
    /** False while the title or definition is not checked against the source's own publication. */
    verified: z.boolean().default(false),
  })
  .strict()
  .refine((input) => input.source !== 'other' || !!input.sourceName, {
    ...bilingualMessage('แหล่งอื่นต้องระบุชื่อแหล่งข้อมูล', 'Name the source of an "other" indicator'),
    path: ['sourceName'],
  });
export type IndicatorInput = z.input<typeof indicatorInputSchema>;

export const indicatorSchema = z.object({
  id: z.uuid(),
  code: z.string(),
  source: z.enum(INDICATOR_SOURCES),
  sourceName: z.string().nullable(),
  dimension: z.enum(POVERTY_DIMENSIONS).nullable(),
  nameTh: z.string(),
  nameEn: z.string(),
  unitTh: z.string(),
  unitEn: z.string(),
  direction: z.enum(INDICATOR_DIRECTIONS),
  aggregation: z.enum(INDICATOR_AGGREGATIONS),
  ratioScale: z.number().int(),
  defaultTarget: z.number().nullable(),
  sinceYear: z.number().int().nullable(),
  verified: z.boolean(),
  isDemo: z.boolean(),
  version: z.number().int(),
});
export type Indicator = z.infer<typeof indicatorSchema>;
