-- Row-level security for projects. A cluster project's rows carry the operations-centre province and
-- the cluster id, so every member province's users read them, as cluster plans are read; writing
-- needs capture of the row's province. The province conditions come first in the index-friendly form.
CREATE OR REPLACE FUNCTION app_enable_project_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  view_rule text := '(SELECT app_scope_all(''view'')) OR province_code = ANY ((SELECT app_provinces(''view''))::text[]) OR (cluster_id IS NOT NULL AND app_can_view_plan(province_code, cluster_id))';
  capture_rule text := '(SELECT app_scope_all(''capture'')) OR province_code = ANY ((SELECT app_provinces(''capture''))::text[])';
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY project_read ON %s FOR SELECT TO areaplan_app USING (%s)', target, view_rule);
  EXECUTE format('CREATE POLICY project_insert ON %s FOR INSERT TO areaplan_app WITH CHECK (%s)', target, capture_rule);
  EXECUTE format('CREATE POLICY project_update ON %s FOR UPDATE TO areaplan_app USING (%s) WITH CHECK (%s)', target, capture_rule, capture_rule);
  EXECUTE format('CREATE POLICY project_delete ON %s FOR DELETE TO areaplan_app USING (%s)', target, capture_rule);
END
$$;
--> statement-breakpoint
SELECT app_enable_project_rls('projects');
--> statement-breakpoint
SELECT app_enable_project_rls('project_locations');
--> statement-breakpoint
SELECT app_enable_project_rls('project_province_shares');
--> statement-breakpoint
SELECT app_enable_project_rls('project_kpis');
--> statement-breakpoint
SELECT app_enable_project_rls('project_needs');
--> statement-breakpoint
SELECT app_enable_project_rls('project_alignment_links');
--> statement-breakpoint
SELECT app_enable_project_rls('project_budget_lines');
--> statement-breakpoint
SELECT app_enable_project_rls('project_schedule');
--> statement-breakpoint
SELECT app_enable_project_rls('project_outputs');
--> statement-breakpoint
SELECT app_enable_project_rls('project_readiness');
--> statement-breakpoint
SELECT app_enable_project_rls('project_readiness_files');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('project_counters');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('project_rollups');
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION project_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_projects'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_projects'
    ELSE 'SELECT 1 AS sign, * FROM new_projects UNION ALL SELECT -1 AS sign, * FROM old_projects' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO project_rollups AS r (province_code, fiscal_year, scope, status, budget_type, projects, total_satang)
    SELECT p.province_code, p.fiscal_year, p.scope, p.status, p.budget_type, sum(p.sign), sum(p.sign * p.total_satang)
    FROM (%s) p
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(p.sign) <> 0 OR sum(p.sign * p.total_satang) <> 0
    ON CONFLICT (province_code, fiscal_year, scope, status, budget_type) DO UPDATE
      SET projects = r.projects + excluded.projects, total_satang = r.total_satang + excluded.total_satang
  $sql$, changed);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER project_rollups_insert AFTER INSERT ON projects REFERENCING NEW TABLE AS new_projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER project_rollups_update AFTER UPDATE ON projects REFERENCING OLD TABLE AS old_projects NEW TABLE AS new_projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER project_rollups_delete AFTER DELETE ON projects REFERENCING OLD TABLE AS old_projects
  FOR EACH STATEMENT EXECUTE FUNCTION project_rollups_apply();
--> statement-breakpoint
-- Recomputes every roll-up from the projects, after a bulk load with triggers off.
CREATE OR REPLACE FUNCTION project_rollups_rebuild() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  TRUNCATE project_rollups;
  INSERT INTO project_rollups (province_code, fiscal_year, scope, status, budget_type, projects, total_satang)
    SELECT province_code, fiscal_year, scope, status, budget_type, count(*), sum(total_satang)
    FROM projects GROUP BY 1, 2, 3, 4, 5;
$$;
--> statement-breakpoint
-- Text search under RLS: @@ and ILIKE are not leakproof, so the policies would keep the indexes
-- unused. This matches as the owner with the same wall applied explicitly (own provinces, or a
-- cluster with a member province in view) and returns at most cap + 1 ids for the app to page over.
CREATE OR REPLACE FUNCTION project_text_match_ids(words text, pattern text, code_text text, cap integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  found uuid[];
BEGIN
  SELECT coalesce(array_agg(id), '{}') INTO found FROM (
    SELECT id FROM projects p
    WHERE (view_all OR p.province_code = ANY (provinces) OR (p.cluster_id IS NOT NULL AND EXISTS (
        SELECT 1 FROM cluster_memberships m
        WHERE m.cluster_id = p.cluster_id AND m.valid_to IS NULL AND m.province_code = ANY (provinces))))
      AND ((words IS NOT NULL AND p.search_tokens @@ to_tsquery('simple', words))
        OR (pattern IS NOT NULL AND p.title ILIKE pattern)
        OR p.code = code_text)
    LIMIT cap + 1
  ) matched;
  RETURN found;
END
$$;
