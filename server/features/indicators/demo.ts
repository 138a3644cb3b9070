import { sql } from 'drizzle-orm';
import { selectRows, type Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { ensureDemoVillages } from './demo-villages.js';
import { insertIssueEvidence, insertNeedEvidence } from './evidence-cite.js';

export const DEMO_PROVINCE = '30';
export const DEMO_YEARS = [2566, 2567, 2568] as const;

/**
 * A village's demo figure of each village-level indicator: `h` households, `r` a stable draw in
 * [0, 1) per village, indicator and year, `t` years since the first; shortfalls shrink over time.
 */
const DEMO_FIGURES = sql`(values
  ('JPT-WATER', 'h', 'h - floor(h * (0.15 - 0.04 * t) * r)'),
  ('JPT-INCOME', 'h', 'h - floor(h * (0.10 - 0.03 * t) * r)'),
  ('JPT-WORK', '2 * h', '2 * h - floor(2 * h * 0.12 * r)'),
  ('JPT-SURVEYED', null, 'h'),
  ('KCC-ROAD', '1', 'case when r < 0.25 - 0.05 * t then 0 else 1 end'),
  ('TPMAP-HEALTH', null, 'floor(h * 0.05 * r)'),
  ('TPMAP-LIVING', null, 'floor(h * 0.08 * r)'),
  ('TPMAP-EDUCATION', null, 'floor(h * 0.06 * r)'),
  ('TPMAP-INCOME', null, 'floor(h * (0.12 - 0.02 * t) * r)'),
  ('TPMAP-ACCESS', null, 'floor(h * 0.04 * r)'))`;

async function seedVillageFigures(database: Database): Promise<void> {
  const rules = await selectRows<{ code: string; denominator: string | null; numerator: string }>(
    database.db,
    sql`select column1 as code, column2 as denominator, column3 as numerator from ${DEMO_FIGURES} as f`,
  );
  for (const rule of rules) {
    // One statement per indicator, so the roll-up trigger runs once for its three years.
    const numerator = sql.raw(rule.numerator);
    const denominator = rule.denominator === null ? sql`null::double precision` : sql.raw(rule.denominator);
    await inSystemTransaction(database, (tx) =>
      tx.execute(sql`
        insert into indicator_values (indicator_id, year, area_code, province_code, level, value, numerator, denominator)
        select i.id, d.year, d.code, ${DEMO_PROVINCE}, 'village',
               case when i.aggregation = 'ratio' then round((d.numerator / d.denominator * i.ratio_scale)::numeric, 4) else d.numerator end,
               case when i.aggregation = 'ratio' then d.numerator end,
               case when i.aggregation = 'ratio' then d.denominator end
        from indicators i
        cross join lateral (
          select v.code, v.year, (${numerator})::double precision as numerator, (${denominator})::double precision as denominator
          from (select a.code, y.year, y.year - ${DEMO_YEARS[0]} as t, 40 + abs(hashtext(a.code)) % 160 as h,
                       (abs(hashtext(a.code || ${rule.code} || y.year)) % 1000) / 1000.0 as r
                from areas a cross join unnest(${sql.param([...DEMO_YEARS])}::int[]) as y(year)
                where a.level = 'village' and a.province_code = ${DEMO_PROVINCE} and a.is_demo) v
        ) d
        where i.code = ${rule.code}
        on conflict do nothing`),
    );
  }
}

/** The province figure of gross provincial product per head (demo figures, not the official series). */
async function seedProvinceFigures(database: Database): Promise<void> {
  await inSystemTransaction(database, (tx) =>
    tx.execute(sql`
      insert into indicator_values (indicator_id, year, area_code, province_code, level, value)
      select i.id, g.year, ${DEMO_PROVINCE}, ${DEMO_PROVINCE}, 'province', g.value
      from indicators i, (values (2566, 89000), (2567, 92500), (2568, 95100)) as g(year, value)
      where i.code = 'GPP-PER-HEAD'
      on conflict do nothing`),
  );
}

/** Cites the latest water figure of its area on a few demo needs and on the demo plan's first issue. */
async function seedDemoCitations(database: Database): Promise<void> {
  await inSystemTransaction(database, async (tx) => {
    const [water] = await selectRows<{ id: string }>(
      tx,
      sql`select id from indicators where code = 'JPT-WATER'`,
    );
    if (!water) {
      return;
    }
    const year = DEMO_YEARS[DEMO_YEARS.length - 1] ?? 2568;
    const demoNeeds = await selectRows<{ id: string; provinceCode: string; areaCode: string }>(
      tx,
      sql`select n.id, n.province_code as "provinceCode", n.area_code as "areaCode" from needs n
          join indicator_rollups r on r.indicator_id = ${water.id} and r.year = ${year} and r.area_code = n.area_code
          where n.province_code = ${DEMO_PROVINCE} and n.is_demo order by n.reference_no limit 5`,
    );
    for (const need of demoNeeds) {
      await insertNeedEvidence(tx, need, [{ indicatorId: water.id, areaCode: need.areaCode, year }], null);
    }
    const [issue] = await selectRows<{ id: string; provinceCode: string; clusterId: number | null }>(
      tx,
      sql`select id, province_code as "provinceCode", cluster_id as "clusterId" from plan_issues
          where province_code = ${DEMO_PROVINCE} and cluster_id is null order by order_no, id limit 1`,
    );
    if (issue) {
      await insertIssueEvidence(tx, issue, [{ indicatorId: water.id, areaCode: DEMO_PROVINCE, year }], null);
    }
  });
}

/** Demo villages of province 30 with three years of figures, the province GPP, and a few citations. */
export async function seedDemoIndicators(database: Database): Promise<void> {
  await inSystemTransaction(database, (tx) => ensureDemoVillages(tx, DEMO_PROVINCE));
  await seedVillageFigures(database);
  await seedProvinceFigures(database);
  await seedDemoCitations(database);
}
