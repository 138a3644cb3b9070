import { sql, type SQL } from 'drizzle-orm';
import type { OpenDatasetName, OpenRecord } from '../../../domain/open-data/datasets.js';
import type { OpenFilter } from '../../../domain/open-data/query.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';
import { openProjectPage } from './projects.js';

const BULK_PAGE = 1000;

function where(alias: string, filter: OpenFilter, yearColumn = 'fiscal_year'): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.provinceCode) {
    parts.push(sql`${sql.raw(alias)}.province_code = ${filter.provinceCode}`);
  }
  if (filter.fiscalYear) {
    parts.push(sql`${sql.raw(alias)}.${sql.raw(yearColumn)} = ${filter.fiscalYear}`);
  }
  return sql.join(parts, sql` and `);
}

async function allProjects(tx: Queryable, filter: OpenFilter): Promise<OpenRecord<'projects'>[]> {
  const rows: OpenRecord<'projects'>[] = [];
  for (;;) {
    const last = rows.at(-1);
    const page = await openProjectPage(
      tx,
      filter,
      BULK_PAGE,
      last && { fy: last.fiscalYear, code: last.code },
    );
    rows.push(...page);
    if (page.length < BULK_PAGE) {
      return rows;
    }
  }
}

const spending = (tx: Queryable, filter: OpenFilter) =>
  selectRows<OpenRecord<'spending'>>(
    tx,
    sql`select p.code as "projectCode", s.province_code as "provinceCode", s.fiscal_year as "fiscalYear",
      s.fiscal_month as "fiscalMonth", s.committed_satang::text as "committedSatang",
      s.disbursed_satang::text as "disbursedSatang"
    from open_project_spending s join open_projects p on p.id = s.project_id
    where ${where('s', filter)} order by p.code, s.fiscal_year, s.fiscal_month`,
  );

const assets = (tx: Queryable, filter: OpenFilter) =>
  selectRows<OpenRecord<'assets'>>(
    tx,
    sql`select a.code, p.code as "projectCode", a.province_code as "provinceCode", a.fiscal_year as "fiscalYear",
      a.type, a.description, a.quantity, a.unit, a.value_satang::text as "valueSatang",
      a.handover_date::text as "handoverDate", a.location_area_code as "locationAreaCode", a.latitude, a.longitude,
      a.condition, a.status, a.gfmis_asset_no as "gfmisAssetNo"
    from open_assets a join open_projects p on p.id = a.project_id
    where ${where('a', filter)} order by a.code`,
  );

const plans = (tx: Queryable, filter: OpenFilter) =>
  selectRows<OpenRecord<'plans'>>(
    tx,
    sql`select v.id, v.title, v.scope, v.province_code as "provinceCode", v.cluster_id as "clusterId",
      v.period_start as "periodStart", v.period_end as "periodEnd", v.version_no as "versionNo", v.kind,
      v.review_fiscal_year as "reviewFiscalYear", v.vision, v.development_goal as "developmentGoal",
      to_char(v.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "publishedAt"
    from open_plans v
    where ${where('v', { provinceCode: filter.provinceCode })}
      ${filter.fiscalYear ? sql`and ${filter.fiscalYear} between v.period_start and v.period_end` : sql``}
    order by v.province_code, v.period_start, v.version_no`,
  );

const actionPlans = (tx: Queryable, filter: OpenFilter) =>
  selectRows<OpenRecord<'action-plans'>>(
    tx,
    sql`select ap.id, ap.budget_unit as "budgetUnit", ap.province_code as "provinceCode", ap.scope,
      ap.fiscal_year as "fiscalYear", ap.version_no as "versionNo", ap.status,
      (select count(*)::int from open_action_plan_entries e where e.action_plan_id = ap.id) as "projectCount",
      (select coalesce(sum(e.amount_satang), 0)::text from open_action_plan_entries e where e.action_plan_id = ap.id) as "totalSatang"
    from open_action_plans ap where ${where('ap', filter)}
    order by ap.fiscal_year desc, ap.budget_unit, ap.version_no`,
  );

const LOADERS: { [N in OpenDatasetName]: (tx: Queryable, filter: OpenFilter) => Promise<OpenRecord<N>[]> } = {
  projects: allProjects,
  spending,
  assets,
  plans,
  'action-plans': actionPlans,
};

/** Every published row of a dataset matching the filter (bulk downloads). */
export function loadDataset<N extends OpenDatasetName>(
  tx: Queryable,
  name: N,
  filter: OpenFilter,
): Promise<OpenRecord<N>[]> {
  return LOADERS[name](tx, filter);
}
