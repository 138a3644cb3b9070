-- Verdicts live under the projects' wall; the failing counts under the plain province wall.
SELECT app_enable_project_rls('project_rule_verdicts');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('rule_verdict_rollups');
--> statement-breakpoint
-- Failing province projects per province, year and status, from the verdict rows a statement changed.
CREATE OR REPLACE FUNCTION rule_verdict_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    INSERT INTO rule_verdict_rollups AS r (province_code, fiscal_year, status, failing)
    SELECT v.province_code, v.fiscal_year, v.status, sum(v.sign)
    FROM (%s) v WHERE v.failing_count > 0 AND v.scope = 'province'
    GROUP BY 1, 2, 3 HAVING sum(v.sign) <> 0
    ON CONFLICT (province_code, fiscal_year, status) DO UPDATE SET failing = r.failing + excluded.failing
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
--> statement-breakpoint
SELECT app_attach_rollup_triggers('project_rule_verdicts', 'rule_verdict_rollups_apply');
--> statement-breakpoint
-- Marks stale the verdicts of the projects whose rows a statement changed (any table with project_id).
-- Runs as the owner: whoever may write a project's rows may make its verdict stale.
CREATE OR REPLACE FUNCTION rule_verdicts_stale_by_project() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    UPDATE project_rule_verdicts v SET generation = v.generation + 1
    WHERE v.project_id IN (SELECT c.project_id FROM (%s) c)
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rule_verdicts_attach_stale(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  base text := replace(target::text, '"', '');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rule_verdicts_stale_by_project()', base || '_verdict_stale_insert', target);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rule_verdicts_stale_by_project()', base || '_verdict_stale_update', target);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rule_verdicts_stale_by_project()', base || '_verdict_stale_delete', target);
END
$$;
--> statement-breakpoint
-- Everything the rule subject reads beside the project row itself.
SELECT rule_verdicts_attach_stale(t) FROM unnest(ARRAY[
  'project_locations', 'project_province_shares', 'project_kpis', 'project_needs',
  'project_alignment_links', 'project_budget_lines', 'project_schedule', 'project_readiness',
  'project_readiness_files', 'project_multi_year_approvals']::regclass[]) AS t;
--> statement-breakpoint
-- A new project gets a stale verdict row; a changed one has its copied columns follow and goes stale.
CREATE OR REPLACE FUNCTION rule_verdicts_follow_projects() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO project_rule_verdicts (project_id, province_code, cluster_id, scope, fiscal_year, code, title, status)
      SELECT n.id, n.province_code, n.cluster_id, n.scope, n.fiscal_year, n.code, n.title, n.status FROM new_projects n;
  ELSE
    UPDATE project_rule_verdicts v
      SET province_code = n.province_code, cluster_id = n.cluster_id, scope = n.scope,
        fiscal_year = n.fiscal_year, code = n.code, title = n.title, status = n.status, generation = v.generation + 1
      FROM new_projects n WHERE v.project_id = n.id;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER projects_verdict_insert AFTER INSERT ON projects REFERENCING NEW TABLE AS new_projects
  FOR EACH STATEMENT EXECUTE FUNCTION rule_verdicts_follow_projects();
--> statement-breakpoint
CREATE TRIGGER projects_verdict_update AFTER UPDATE ON projects REFERENCING NEW TABLE AS new_projects
  FOR EACH STATEMENT EXECUTE FUNCTION rule_verdicts_follow_projects();
--> statement-breakpoint
-- A rule set published (or a published one removed) makes its year's verdicts stale.
CREATE OR REPLACE FUNCTION rule_verdicts_stale_by_rule_set() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  changed rule_sets := coalesce(NEW, OLD);
BEGIN
  IF (TG_OP <> 'INSERT' AND OLD.status = 'published') OR (TG_OP <> 'DELETE' AND NEW.status = 'published') THEN
    UPDATE project_rule_verdicts SET generation = generation + 1 WHERE fiscal_year = changed.fiscal_year;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER rule_sets_verdict_stale AFTER INSERT OR UPDATE OR DELETE ON rule_sets
  FOR EACH ROW EXECUTE FUNCTION rule_verdicts_stale_by_rule_set();
--> statement-breakpoint
-- A plan's period moved: the projects linked to its issues or project-set items go stale.
CREATE OR REPLACE FUNCTION rule_verdicts_stale_by_plan_period() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE project_rule_verdicts v SET generation = v.generation + 1
  FROM projects p
  WHERE v.project_id = p.id AND (
    p.plan_issue_id IN (SELECT i.id FROM plan_issues i JOIN plan_versions pv ON pv.id = i.plan_version_id WHERE pv.plan_id = NEW.id)
    OR p.plan_item_id IN (SELECT i.id FROM plan_items i JOIN plan_versions pv ON pv.id = i.plan_version_id WHERE pv.plan_id = NEW.id));
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER development_plans_verdict_stale AFTER UPDATE OF period_start, period_end ON development_plans
  FOR EACH ROW WHEN (OLD.period_start IS DISTINCT FROM NEW.period_start OR OLD.period_end IS DISTINCT FROM NEW.period_end)
  EXECUTE FUNCTION rule_verdicts_stale_by_plan_period();
--> statement-breakpoint
-- A cluster's members changed: its projects' coverage rule may judge differently.
CREATE OR REPLACE FUNCTION rule_verdicts_stale_by_cluster() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  UPDATE project_rule_verdicts SET generation = generation + 1
  WHERE cluster_id IN (SELECT c FROM unnest(ARRAY[(to_jsonb(OLD) ->> 'cluster_id')::int, (to_jsonb(NEW) ->> 'cluster_id')::int]) c);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER cluster_memberships_verdict_stale AFTER INSERT OR UPDATE OR DELETE ON cluster_memberships
  FOR EACH ROW EXECUTE FUNCTION rule_verdicts_stale_by_cluster();
--> statement-breakpoint
-- Projects that exist already start stale: the first read judges them.
INSERT INTO project_rule_verdicts (project_id, province_code, cluster_id, scope, fiscal_year, code, title, status)
  SELECT id, province_code, cluster_id, scope, fiscal_year, code, title, status FROM projects
  ON CONFLICT (project_id) DO NOTHING;
