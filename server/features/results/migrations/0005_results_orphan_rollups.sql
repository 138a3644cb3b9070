CREATE TABLE "orphan_rollups" (
	"province_code" text NOT NULL,
	"cluster_key" integer DEFAULT 0 NOT NULL,
	"kind" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"received_on" date DEFAULT '1970-01-01' NOT NULL,
	"items" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "orphan_rollups_province_code_kind_fiscal_year_received_on_pk" PRIMARY KEY("province_code","kind","fiscal_year","received_on")
);
--> statement-breakpoint
SELECT app_enable_rollup_rls('orphan_rollups');
--> statement-breakpoint
-- The kinds that hang on projects and plan KPIs, recounted for the provinces a statement touched
-- (a province's projects and KPIs are few; the big tables, needs and assets, keep deltas below).
CREATE OR REPLACE FUNCTION orphan_rollups_refresh(codes text[]) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
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
--> statement-breakpoint
CREATE OR REPLACE FUNCTION orphan_rollups_touch() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  codes text[];
BEGIN
  EXECUTE format('SELECT array_agg(DISTINCT s.province_code) FROM (%s) s', app_rollup_delta_rows(TG_OP))
    INTO codes;
  IF codes IS NOT NULL THEN
    PERFORM orphan_rollups_refresh(codes);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Needs still received or screened, per province and the Bangkok day they came in (UTC+7, no DST).
CREATE OR REPLACE FUNCTION orphan_rollups_needs() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    INSERT INTO orphan_rollups AS r (province_code, kind, fiscal_year, received_on, items)
    SELECT s.province_code, 'unanswered_needs', 0, ((s.created_at AT TIME ZONE 'UTC') + interval '7 hours')::date,
      sum(s.sign)
    FROM (%s) s
    WHERE s.status IN ('received', 'screened')
    GROUP BY 1, 4
    ON CONFLICT (province_code, kind, fiscal_year, received_on) DO UPDATE SET items = r.items + excluded.items
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- Assets still held by the province (not yet transferred or written off) with no receiver named.
CREATE OR REPLACE FUNCTION orphan_rollups_assets() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    INSERT INTO orphan_rollups AS r (province_code, kind, fiscal_year, items)
    SELECT s.province_code, 'assets_without_receiver', 0, sum(s.sign)
    FROM (%s) s
    WHERE s.status IN ('registered', 'transfer_proposed', 'receiver_accepted', 'transfer_approved')
      AND s.custodian_agency_id IS NULL AND s.custodian_name IS NULL
    GROUP BY 1
    ON CONFLICT (province_code, kind, fiscal_year, received_on) DO UPDATE SET items = r.items + excluded.items
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- As app_attach_rollup_triggers, under other trigger names: needs, projects and assets keep theirs.
CREATE OR REPLACE FUNCTION orphan_rollups_attach(target regclass, apply regproc) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  base text := replace(target::text, '"', '');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_orphans_insert', target, apply);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_orphans_update', target, apply);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_orphans_delete', target, apply);
END
$$;
--> statement-breakpoint
SELECT orphan_rollups_attach('needs', 'orphan_rollups_needs');
--> statement-breakpoint
SELECT orphan_rollups_attach('assets', 'orphan_rollups_assets');
--> statement-breakpoint
SELECT orphan_rollups_attach(target, 'orphan_rollups_touch')
FROM unnest(ARRAY['projects', 'project_kpis', 'progress_reports', 'development_plans', 'plan_versions',
  'plan_kpis', 'kpi_targets', 'kpi_actuals']::regclass[]) AS target;
--> statement-breakpoint
-- What is there already.
INSERT INTO orphan_rollups (province_code, kind, fiscal_year, received_on, items)
SELECT province_code, 'unanswered_needs', 0, ((created_at AT TIME ZONE 'UTC') + interval '7 hours')::date, count(*)::int
FROM needs WHERE status IN ('received', 'screened')
GROUP BY 1, 4;
--> statement-breakpoint
INSERT INTO orphan_rollups (province_code, kind, fiscal_year, items)
SELECT province_code, 'assets_without_receiver', 0, count(*)::int
FROM assets
WHERE status IN ('registered', 'transfer_proposed', 'receiver_accepted', 'transfer_approved')
  AND custodian_agency_id IS NULL AND custodian_name IS NULL
GROUP BY 1;
--> statement-breakpoint
SELECT orphan_rollups_refresh(array(SELECT province_code FROM projects UNION SELECT province_code FROM development_plans));
