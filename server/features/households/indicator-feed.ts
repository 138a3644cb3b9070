import { SMALL_COUNT, type SubdistrictShortfall } from '../../../domain/households/counts.js';
import {
  SHORTFALL_DIMENSION_LABELS,
  SHORTFALL_DIMENSIONS,
  type ShortfallDimension,
} from '../../../domain/households/household.js';
import { toBangkokIsoDate } from '../../../domain/thai/bangkok-time.js';
import type { Database, Queryable } from '../../platform/db/client.js';
import { ensureIndicator, recordIndicatorValues, type IndicatorInput } from '../indicators/public.js';

/** The indicator each dimension's counts feed: households still short, by subdistrict (sums up the tree). */
export function householdIndicatorCode(dimension: ShortfallDimension): string {
  return `HH.SHORT.${dimension.toUpperCase()}`;
}

function indicatorOf(dimension: ShortfallDimension): IndicatorInput {
  const label = SHORTFALL_DIMENSION_LABELS[dimension];
  return {
    code: householdIndicatorCode(dimension),
    source: 'other',
    sourceName: 'ข้อมูลครัวเรือนเป้าหมาย (Thai QM) ใน AreaPlan',
    dimension,
    nameTh: `ครัวเรือนเป้าหมายที่ยังขาด${label.th} (ไม่รวมตำบลที่มีน้อยกว่า ${SMALL_COUNT} ครัวเรือน)`,
    nameEn: `Households still short: ${label.en} (subdistricts with fewer than ${SMALL_COUNT} left out)`,
    unitTh: 'ครัวเรือน',
    unitEn: 'households',
    direction: 'lower_is_better',
    aggregation: 'sum',
    verified: true,
  };
}

/** Reference seed: the five catalogue entries the household counts feed. */
export async function seedHouseholdIndicators(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    for (const dimension of SHORTFALL_DIMENSIONS) {
      await ensureIndicator(tx, indicatorOf(dimension));
    }
  });
}

/** This year in the Buddhist Era (Bangkok), the survey year the counts are filed under. */
export const currentSurveyYear = () => Number(toBangkokIsoDate(new Date()).slice(0, 4)) + 543;

/**
 * Files anonymised counts as indicator values (through the indicators feature, which rolls them up).
 * Counts under SMALL_COUNT stay out: indicator values are public, and a 1 in a subdistrict is a person.
 */
export async function feedIndicatorValues(
  tx: Queryable,
  rows: readonly SubdistrictShortfall[],
  year = currentSurveyYear(),
): Promise<number> {
  let figures = 0;
  for (const dimension of SHORTFALL_DIMENSIONS) {
    const fed = rows
      .filter((row) => row.dimension === dimension && row.households >= SMALL_COUNT)
      .map((row) => ({ areaCode: row.subdistrictCode, value: row.households }));
    if (fed.length > 0) {
      figures += await recordIndicatorValues(tx, {
        indicatorCode: householdIndicatorCode(dimension),
        year,
        figures: fed,
      });
    }
  }
  return figures;
}
