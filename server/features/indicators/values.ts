import { and, inArray, sql } from 'drizzle-orm';
import type { IndicatorValue } from '../../../domain/indicators/value-rows.js';
import type { Queryable } from '../../platform/db/client.js';
import { areas } from '../areas/tables.js';
import { isOpenArea } from '../areas/public.js';
import { indicators } from './tables.js';

/**
 * Stores figures in one statement (so the roll-up trigger runs once for the lot), replacing what
 * was stored for the same indicator, area and year. Row-level security checks each province.
 */
export async function storeFigures(tx: Queryable, figures: readonly IndicatorValue[], jobId: string | null) {
  if (figures.length === 0) {
    return;
  }
  await tx.execute(sql`
    insert into indicator_values (indicator_id, year, area_code, province_code, level, value, numerator, denominator, job_id, updated_at)
    select f.indicator_id, f.year, f.area_code, f.province_code, f.level, f.value, f.numerator, f.denominator, ${jobId}::uuid, now()
    from jsonb_to_recordset(${JSON.stringify(
      figures.map((figure) => ({
        indicator_id: figure.indicatorId,
        year: figure.year,
        area_code: figure.areaCode,
        province_code: figure.provinceCode,
        level: figure.level,
        value: figure.value,
        numerator: figure.numerator,
        denominator: figure.denominator,
      })),
    )}::jsonb) as f(indicator_id uuid, year integer, area_code text, province_code text, level text,
                   value double precision, numerator double precision, denominator double precision)
    on conflict (indicator_id, year, area_code) do update set
      value = excluded.value, numerator = excluded.numerator, denominator = excluded.denominator,
      job_id = excluded.job_id, updated_at = now()`);
}

/** The catalogue entries with these codes, by code, with what checking a figure needs. */
export async function indicatorsByCode(tx: Queryable, codes?: readonly string[]) {
  const rows = await tx
    .select({
      id: indicators.id,
      code: indicators.code,
      aggregation: indicators.aggregation,
      ratioScale: indicators.ratioScale,
    })
    .from(indicators)
    .where(codes ? inArray(indicators.code, [...codes]) : undefined);
  return new Map(rows.map((row) => [row.code, row]));
}

/** Which of these codes name an area that exists and is open. */
export async function existingAreaCodes(tx: Queryable, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) {
    return new Set();
  }
  const rows = await tx
    .select({ code: areas.code })
    .from(areas)
    .where(and(inArray(areas.code, [...new Set(codes)]), isOpenArea()));
  return new Set(rows.map((row) => row.code));
}
