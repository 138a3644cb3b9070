import type { IndicatorInput } from '../../../domain/indicators/catalogue.js';

/**
 * The catalogue every installation starts with. Titles follow the sources' own wording as far as
 * we know it but none was checked against the published manuals yet (`verified: false`), so an
 * administrator can correct them; the จปฐ. targets are the survey's pass criteria.
 */
export const REFERENCE_INDICATORS: readonly IndicatorInput[] = [
  {
    code: 'JPT-WATER',
    source: 'jpt',
    dimension: 'living',
    nameTh: 'ครัวเรือนมีน้ำสะอาดสำหรับดื่มและบริโภคเพียงพอตลอดปี',
    nameEn: 'Households with enough clean drinking water all year',
    unitTh: 'ร้อยละของครัวเรือน',
    unitEn: '% of households',
    direction: 'higher_is_better',
    aggregation: 'ratio',
    defaultTarget: 100,
  },
  {
    code: 'JPT-INCOME',
    source: 'jpt',
    dimension: 'income',
    nameTh: 'คนในครัวเรือนมีรายได้เฉลี่ยไม่ต่ำกว่าเกณฑ์ จปฐ. ต่อคนต่อปี',
    nameEn: 'Household members with average income at or above the BMN threshold per head per year',
    unitTh: 'ร้อยละของครัวเรือน',
    unitEn: '% of households',
    direction: 'higher_is_better',
    aggregation: 'ratio',
    defaultTarget: 100,
  },
  {
    code: 'JPT-WORK',
    source: 'jpt',
    dimension: 'income',
    nameTh: 'คนอายุ 15–59 ปี มีอาชีพและมีรายได้',
    nameEn: 'People aged 15–59 with an occupation and income',
    unitTh: 'ร้อยละของคน',
    unitEn: '% of people',
    direction: 'higher_is_better',
    aggregation: 'ratio',
    defaultTarget: 100,
  },
  {
    code: 'JPT-SURVEYED',
    source: 'jpt',
    nameTh: 'จำนวนครัวเรือนที่สำรวจ จปฐ.',
    nameEn: 'Households surveyed (BMN)',
    unitTh: 'ครัวเรือน',
    unitEn: 'households',
    direction: 'higher_is_better',
    aggregation: 'sum',
  },
  {
    code: 'KCC-ROAD',
    source: 'kcch2k',
    dimension: 'access',
    nameTh: 'หมู่บ้านมีถนนสัญจรได้สะดวกตลอดปี',
    nameEn: 'Villages with roads passable all year',
    unitTh: 'ร้อยละของหมู่บ้าน',
    unitEn: '% of villages',
    direction: 'higher_is_better',
    aggregation: 'ratio',
    defaultTarget: 100,
  },
  ...(
    [
      ['health', 'ด้านสุขภาพ', 'health'],
      ['living', 'ด้านความเป็นอยู่', 'living conditions'],
      ['education', 'ด้านการศึกษา', 'education'],
      ['income', 'ด้านรายได้', 'income'],
      ['access', 'ด้านการเข้าถึงบริการรัฐ', 'access to public services'],
    ] as const
  ).map(([dimension, th, en]): IndicatorInput => ({
    code: `TPMAP-${dimension.toUpperCase()}`,
    source: 'tpmap',
    dimension,
    nameTh: `คนจนเป้าหมายที่ขาดแคลน${th}`,
    nameEn: `Target poor people short in ${en}`,
    unitTh: 'คน',
    unitEn: 'people',
    direction: 'lower_is_better',
    aggregation: 'sum',
  })),
  {
    code: 'GPP-PER-HEAD',
    source: 'gpp',
    dimension: 'income',
    nameTh: 'ผลิตภัณฑ์มวลรวมจังหวัดต่อหัว',
    nameEn: 'Gross provincial product per head',
    unitTh: 'บาทต่อคนต่อปี',
    unitEn: 'baht per person per year',
    direction: 'higher_is_better',
    aggregation: 'none',
  },
];
