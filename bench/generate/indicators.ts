// Synthetic villages and indicator figures: 75,000 villages × 40 indicators × 3 survey years at
// national scale (the villages of province 30 at province scale), loaded by COPY, then the roll-ups
// recomputed by the app's own function, province by province, as the import's triggers would.
import type { BulkTarget } from './bulk-target.js';
import { loadWithoutIndexes } from './bulk-target.js';
import { copyLine } from './copy-text.js';
import { randomSource } from './need-rows.js';

export const NATIONAL_VILLAGES = 75_000;
export const INDICATOR_COUNT = 40;
export const INDICATOR_YEARS = [2566, 2567, 2568] as const;

type Village = { code: string; provinceCode: string };
type Rule = { id: string; aggregation: string; scale: number };

/** `total` villages spread over the subdistricts (the first ones take one more), numbered หมู่ที่ 1..n. */
export function villagesOf(
  subdistricts: readonly { code: string; province_code: string }[],
  total: number,
): Village[] {
  const each = Math.floor(total / subdistricts.length);
  const extra = total - each * subdistricts.length;
  return subdistricts.flatMap((subdistrict, index) =>
    Array.from({ length: each + (index < extra ? 1 : 0) }, (_, no) => ({
      code: `${subdistrict.code}${String(no + 1).padStart(2, '0')}`,
      provinceCode: subdistrict.province_code,
    })),
  );
}

/** Tops the catalogue up to INDICATOR_COUNT with bench indicators, alternately ratios and counts. */
async function benchCatalogue(target: BulkTarget): Promise<Rule[]> {
  await target.query(`
    insert into indicators (code, source, source_name, name_th, name_en, unit_th, unit_en, direction, aggregation, default_target, is_demo)
    select 'BENCH-' || lpad(n::text, 2, '0'), 'other', 'bench', 'ตัวชี้วัดทดสอบ ' || n, 'Bench indicator ' || n,
           case when n % 2 = 0 then 'ร้อยละ' else 'ครัวเรือน' end, case when n % 2 = 0 then '%' else 'households' end,
           'higher_is_better', case when n % 2 = 0 then 'ratio' else 'sum' end, case when n % 2 = 0 then 90 end, true
    from generate_series(1, greatest(0, ${INDICATOR_COUNT} - (select count(*) from indicators where aggregation <> 'none'))) n
    on conflict (code) do nothing`);
  return target.query<Rule>(
    `select id, aggregation, ratio_scale as scale from indicators where aggregation <> 'none' order by code limit ${INDICATOR_COUNT}`,
  );
}

function* figureLines(villages: readonly Village[], rules: readonly Rule[], seed: number) {
  const random = randomSource(seed * 7919 + 17);
  for (const village of villages) {
    const households = random.int(40, 240);
    for (const rule of rules) {
      for (const year of INDICATOR_YEARS) {
        if (rule.aggregation === 'ratio') {
          const numerator = households - random.int(0, Math.floor(households / 4));
          const value = Math.round((numerator / households) * rule.scale * 10_000) / 10_000;
          yield copyLine([
            rule.id,
            year,
            village.code,
            village.provinceCode,
            'village',
            value,
            numerator,
            households,
          ]);
        } else {
          yield copyLine([
            rule.id,
            year,
            village.code,
            village.provinceCode,
            'village',
            random.int(0, households),
            null,
            null,
          ]);
        }
      }
    }
  }
}

/** Loads villages (marked demo) and their figures, then the roll-ups of every province loaded. */
export async function loadIndicators(
  target: BulkTarget,
  subdistricts: readonly { code: string; province_code: string }[],
  villageCount: number,
  seed: number,
  log: (message: string) => void,
): Promise<void> {
  const villages = villagesOf(subdistricts, villageCount);
  await loadWithoutIndexes(target, 'areas', { userTriggers: false }, () =>
    target.copy(
      'areas',
      ['code', 'level', 'parent_code', 'province_code', 'name_th', 'is_demo'],
      villages.map((village) =>
        copyLine([
          village.code,
          'village',
          village.code.slice(0, 6),
          village.provinceCode,
          `หมู่ที่ ${Number(village.code.slice(6))}`,
          true,
        ]),
      ),
    ),
  );
  const rules = await benchCatalogue(target);
  log(`${villages.length} villages × ${rules.length} indicators × ${INDICATOR_YEARS.length} years`);
  await loadWithoutIndexes(target, 'indicator_values', { userTriggers: false }, () =>
    target.copy(
      'indicator_values',
      ['indicator_id', 'year', 'area_code', 'province_code', 'level', 'value', 'numerator', 'denominator'],
      figureLines(villages, rules, seed),
    ),
  );
  const provinces = [...new Set(villages.map((village) => village.provinceCode))];
  for (const provinceCode of provinces) {
    await target.query(`
      select indicator_rollup_recompute(i.id, y.year, '${provinceCode}')
      from indicators i cross join unnest(array[${INDICATOR_YEARS.join(',')}]) as y(year)`);
  }
  await target.query('analyze indicator_values');
  await target.query('analyze indicator_rollups');
  log(`indicator roll-ups of ${provinces.length} province(s)`);
}
