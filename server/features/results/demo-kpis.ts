import { inArray } from 'drizzle-orm';
import type { Actor } from '../../../domain/auth/policy.js';
import { achievementOf, percentOf } from '../../../domain/results/achievement.js';
import { YEAR_PERIOD } from '../../../domain/results/kpi-actuals.js';
import type { Database } from '../../platform/db/client.js';
import { inSystemTransaction } from '../../platform/db/transaction.js';
import { publishedKpisOfProvince } from '../plans/public.js';
import { kpiActuals } from './kpi-tables.js';

/** The demo plan's province and the past fiscal years whose yearly values the demo reports. */
const DEMO_PROVINCE = '30';
export const DEMO_KPI_YEARS = [2566, 2567, 2568] as const;

/** Reads the demo plan's KPIs as a nation-wide viewer would (seeding runs as the owner). */
const seeder: Actor = {
  userId: '00000000-0000-0000-0000-000000000000',
  roles: [],
  captureScope: { all: false, areaCodes: [] },
  viewScope: { all: true, areaCodes: [] },
};

/**
 * Yearly whole-area values of the demo plan's KPIs for the past fiscal years: most beat their
 * target by a little, every fourth (by KPI and year) falls short, so the demo shows both.
 */
export async function seedDemoKpiActuals(database: Database): Promise<number> {
  return inSystemTransaction(database, async (tx) => {
    const byYear = [];
    for (const year of DEMO_KPI_YEARS) {
      byYear.push({ year, kpis: await publishedKpisOfProvince(tx, seeder, DEMO_PROVINCE, year) });
    }
    const ids = [...new Set(byYear.flatMap(({ kpis }) => kpis.map((kpi) => kpi.id)))];
    if (
      ids.length === 0 ||
      (await tx.select().from(kpiActuals).where(inArray(kpiActuals.kpiId, ids)).limit(1)).length
    ) {
      return 0;
    }
    const rows = byYear.flatMap(({ year, kpis }, yearIndex) =>
      kpis.flatMap((kpi, kpiIndex) => {
        const target = kpi.targets.find((cell) => cell.fiscalYear === year && cell.areaCode === null);
        if (!target) {
          return [];
        }
        const short = (kpiIndex + yearIndex) % 4 === 3;
        const better = kpi.direction === 'higher_is_better';
        const actualValue = percentOf(target.targetValue, short === better ? 94 : 103);
        return [
          {
            kpiId: kpi.id,
            planVersionId: kpi.planVersionId,
            provinceCode: kpi.provinceCode,
            clusterId: kpi.clusterId,
            areaCode: null,
            fiscalYear: year,
            period: YEAR_PERIOD,
            targetValue: target.targetValue,
            actualValue,
            ...achievementOf(actualValue, target.targetValue, kpi.direction),
            dataSource: `${kpi.dataSource ?? 'รายงานของหน่วยงาน'} (ข้อมูลสาธิต)`,
          },
        ];
      }),
    );
    if (rows.length > 0) {
      await tx.insert(kpiActuals).values(rows);
    }
    return rows.length;
  });
}
