-- Stage rows and approvals live under the projects' wall (a cluster project is read through any
-- member province); roll-ups under the plain province wall an index can serve.
SELECT app_enable_project_rls('project_budget_stages');
--> statement-breakpoint
SELECT app_enable_project_rls('project_multi_year_approvals');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('budget_stage_rollups');
--> statement-breakpoint
-- The roll-up cells one stage row counts in: the province total and each grouping.
CREATE OR REPLACE FUNCTION budget_stage_rollup_cells(province_code text, budget_type text, plan_issue_id uuid, agency_id uuid, district_code text)
RETURNS TABLE (kind text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT k.kind, k.key FROM (VALUES
    ('total', province_code),
    ('budget_type', budget_type),
    ('plan_issue', coalesce(plan_issue_id::text, '-')),
    ('agency', coalesce(agency_id::text, '-')),
    ('district', coalesce(district_code, '-'))) AS k(kind, key)
$$;
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION budget_stage_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_stages'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_stages'
    ELSE 'SELECT 1 AS sign, * FROM new_stages UNION ALL SELECT -1 AS sign, * FROM old_stages' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO budget_stage_rollups AS r (province_code, fiscal_year, kind, key, stage, projects, amount_satang, cut_satang)
    SELECT s.province_code, s.fiscal_year, c.kind, c.key, s.stage,
      sum(s.sign), sum(s.sign * s.amount_satang), sum(s.sign * s.cut_satang)
    FROM (%s) s, budget_stage_rollup_cells(s.province_code, s.budget_type, s.plan_issue_id, s.agency_id, s.district_code) c
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(s.sign) <> 0 OR sum(s.sign * s.amount_satang) <> 0 OR sum(s.sign * s.cut_satang) <> 0
    ON CONFLICT (province_code, fiscal_year, kind, key, stage) DO UPDATE
      SET projects = r.projects + excluded.projects, amount_satang = r.amount_satang + excluded.amount_satang,
        cut_satang = r.cut_satang + excluded.cut_satang
  $sql$, changed);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER budget_stage_rollups_insert AFTER INSERT ON project_budget_stages REFERENCING NEW TABLE AS new_stages
  FOR EACH STATEMENT EXECUTE FUNCTION budget_stage_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER budget_stage_rollups_update AFTER UPDATE ON project_budget_stages REFERENCING OLD TABLE AS old_stages NEW TABLE AS new_stages
  FOR EACH STATEMENT EXECUTE FUNCTION budget_stage_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER budget_stage_rollups_delete AFTER DELETE ON project_budget_stages REFERENCING OLD TABLE AS old_stages
  FOR EACH STATEMENT EXECUTE FUNCTION budget_stage_rollups_apply();
--> statement-breakpoint
-- A project's budget type, plan issue or agency changed: its stage rows follow, so the roll-ups do.
CREATE OR REPLACE FUNCTION project_budget_stages_follow_project() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE project_budget_stages s
    SET budget_type = n.budget_type, plan_issue_id = n.plan_issue_id, agency_id = n.implementing_agency_id,
      province_code = n.province_code, cluster_id = n.cluster_id, fiscal_year = n.fiscal_year
    FROM new_projects n
    WHERE s.project_id = n.id
      AND (s.budget_type, s.plan_issue_id, s.agency_id, s.province_code, s.cluster_id, s.fiscal_year)
        IS DISTINCT FROM (n.budget_type, n.plan_issue_id, n.implementing_agency_id, n.province_code, n.cluster_id, n.fiscal_year);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER project_budget_stages_follow AFTER UPDATE ON projects REFERENCING NEW TABLE AS new_projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_budget_stages_follow_project();
--> statement-breakpoint
-- Recomputes every roll-up from the stage rows, after a bulk load with triggers off.
CREATE OR REPLACE FUNCTION budget_stage_rollups_rebuild() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  TRUNCATE budget_stage_rollups;
  INSERT INTO budget_stage_rollups (province_code, fiscal_year, kind, key, stage, projects, amount_satang, cut_satang)
    SELECT s.province_code, s.fiscal_year, c.kind, c.key, s.stage, count(*), sum(s.amount_satang), sum(s.cut_satang)
    FROM project_budget_stages s, budget_stage_rollup_cells(s.province_code, s.budget_type, s.plan_issue_id, s.agency_id, s.district_code) c
    GROUP BY 1, 2, 3, 4, 5;
$$;
