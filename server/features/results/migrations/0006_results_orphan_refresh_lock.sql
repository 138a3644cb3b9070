-- Two transactions recounting the same province one after the other: the later one waits for the
-- earlier to commit (a lock per province, taken in code order), so its delete sees the rows the
-- earlier one inserted instead of colliding with them on insert. Each statement of this (volatile)
-- function takes a fresh snapshot, so the delete runs after the lock is held.
CREATE OR REPLACE FUNCTION orphan_rollups_refresh(codes text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  SELECT pg_advisory_xact_lock(hashtext('orphan_rollups'), hashtext(code)) FROM unnest(codes) AS code ORDER BY code;
  DELETE FROM orphan_rollups WHERE province_code = ANY (codes)
    AND kind IN ('projects_without_kpi', 'completed_without_results', 'kpis_without_projects', 'missed_targets');
  INSERT INTO orphan_rollups (province_code, kind, fiscal_year, items)
  SELECT p.province_code, 'projects_without_kpi', p.fiscal_year, count(*)::int
  FROM projects p
  WHERE p.province_code = ANY (codes) AND p.scope = 'province'
    AND NOT EXISTS (SELECT 1 FROM project_kpis l WHERE l.project_id = p.id)
  GROUP BY 1, 3
  UNION ALL
  SELECT p.province_code, 'completed_without_results', p.fiscal_year, count(*)::int
  FROM projects p
  WHERE p.province_code = ANY (codes) AND p.scope = 'province' AND p.status IN ('completed', 'closed')
    AND NOT EXISTS (SELECT 1 FROM progress_reports r WHERE r.project_id = p.id)
  GROUP BY 1, 3;
  WITH versions AS (
    SELECT DISTINCT ON (v.plan_id) v.id, d.province_code, d.period_start, d.period_end
    FROM plan_versions v JOIN development_plans d ON d.id = v.plan_id
    WHERE d.province_code = ANY (codes) AND v.status = 'published'
    ORDER BY v.plan_id, v.version_no DESC
  ), kpi_years AS (
    SELECT DISTINCT k.id AS kpi_id, v.province_code, t.fiscal_year
    FROM versions v
    JOIN plan_kpis k ON k.plan_version_id = v.id
    JOIN kpi_targets t ON t.kpi_id = k.id AND t.fiscal_year BETWEEN v.period_start AND v.period_end
  )
  INSERT INTO orphan_rollups (province_code, kind, fiscal_year, items)
  SELECT y.province_code, 'kpis_without_projects', y.fiscal_year, count(*)::int
  FROM kpi_years y
  WHERE NOT EXISTS (SELECT 1 FROM project_kpis l JOIN projects p ON p.id = l.project_id
    WHERE l.kpi_id = y.kpi_id AND p.fiscal_year = y.fiscal_year AND p.province_code = y.province_code
      AND p.scope = 'province')
  GROUP BY 1, 3
  UNION ALL
  SELECT y.province_code, 'missed_targets', y.fiscal_year, count(*)::int
  FROM kpi_years y
  WHERE EXISTS (SELECT 1 FROM kpi_actuals a WHERE a.kpi_id = y.kpi_id AND a.fiscal_year = y.fiscal_year
    AND a.period = 0 AND NOT a.achieved)
  GROUP BY 1, 3;
$$;
