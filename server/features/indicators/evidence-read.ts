import { sql } from 'drizzle-orm';
import type { Evidence } from '../../../domain/indicators/evidence.js';
import { selectRows, type Queryable } from '../../platform/db/client.js';

type EvidenceRow = Omit<Evidence, 'citedAt'> & { citedAt: Date | string; subjectId: string };

const toIso = (value: Date | string) => new Date(value).toISOString();

/**
 * The citations of needs or plan issues with their indicator, area name and the target of the
 * area's province; row-level security of the citing table applies.
 */
export async function evidenceOf(
  tx: Queryable,
  subject: 'need' | 'plan_issue',
  subjectIds: readonly string[],
): Promise<Map<string, Evidence[]>> {
  const grouped = new Map<string, Evidence[]>();
  if (subjectIds.length === 0) {
    return grouped;
  }
  const source = subject === 'need' ? sql`need_evidence e` : sql`plan_issue_evidence e`;
  const subjectColumn = subject === 'need' ? sql`e.need_id` : sql`e.plan_issue_id`;
  const rows = await selectRows<EvidenceRow>(
    tx,
    sql`select e.id, ${subjectColumn} as "subjectId", e.indicator_id as "indicatorId", i.code as "indicatorCode",
               i.name_th as "nameTh", i.name_en as "nameEn", i.unit_th as "unitTh", i.unit_en as "unitEn",
               i.direction, e.area_code as "areaCode", coalesce(a.name_th, e.area_code) as "areaNameTh",
               a.name_en as "areaNameEn", e.year, e.value, e.numerator, e.denominator,
               coalesce(t.target, i.default_target) as target, e.cited_at as "citedAt"
        from ${source}
        join indicators i on i.id = e.indicator_id
        left join areas a on a.code = e.area_code
        left join indicator_targets t on t.indicator_id = e.indicator_id and t.province_code = left(e.area_code, 2)
        where ${subjectColumn} = any(${sql.param([...subjectIds])}::uuid[])
        order by i.code, e.area_code, e.year`,
  );
  for (const { subjectId, citedAt, ...row } of rows) {
    const list = grouped.get(subjectId) ?? [];
    list.push({ ...row, citedAt: toIso(citedAt) });
    grouped.set(subjectId, list);
  }
  return grouped;
}

/** The figure stored for an indicator, area and year (village figures as stored, higher areas from the roll-up). */
export async function figureOf(
  tx: Queryable,
  citation: { indicatorId: string; areaCode: string; year: number },
): Promise<{ value: number; numerator: number | null; denominator: number | null } | null> {
  const table = citation.areaCode.length === 8 ? sql`indicator_values` : sql`indicator_rollups`;
  const [row] = await selectRows<{ value: number; numerator: number | null; denominator: number | null }>(
    tx,
    sql`select value, numerator, denominator from ${table}
        where indicator_id = ${citation.indicatorId} and year = ${citation.year} and area_code = ${citation.areaCode}`,
  );
  return row ?? null;
}
