import { sql } from 'drizzle-orm';
import type { NeedStatus } from '../../../domain/needs/need.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';

/**
 * What other features (the dashboards) use of needs. Runs in the caller's actor transaction, so
 * row-level security applies.
 */
export type NeedStatusCount = { areaCode: string; provinceCode: string; status: NeedStatus; needs: number };

/**
 * Needs per status of a fiscal year from the trigger-kept `need_rollups`, per province (`level` 2)
 * or per district of one province (`level` 4); never reads the needs table.
 */
export async function needStatusCounts(
  tx: Queryable,
  where: { fiscalYear: number; level: 2 | 4; provinceCode?: string },
): Promise<NeedStatusCount[]> {
  const province = where.provinceCode === undefined ? sql`` : sql`and province_code = ${where.provinceCode}`;
  const rows = await selectRows<{
    scope_code: string;
    province_code: string;
    key: NeedStatus;
    needs: number;
  }>(
    tx,
    sql`select scope_code, province_code, key, needs from need_rollups
         where scope_level = ${where.level} and kind = 'status' and fiscal_year = ${where.fiscalYear}
           and needs <> 0 ${province}`,
  );
  return rows.map((row) => ({
    areaCode: row.scope_code,
    provinceCode: row.province_code,
    status: row.key,
    needs: Number(row.needs),
  }));
}
