-- Spending rows follow their project's wall: a cluster project's rows carry the operations-centre
-- province and the cluster id, so member provinces read them; writes need capture of that province.
SELECT app_enable_project_rls('spending_plans');
--> statement-breakpoint
SELECT app_enable_project_rls('spending_plan_months');
--> statement-breakpoint
SELECT app_enable_project_rls('spending_actuals');
--> statement-breakpoint
SELECT app_enable_project_rls('procurements');
--> statement-breakpoint
SELECT app_enable_project_rls('spending_carry_overs');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('spending_month_closures');
--> statement-breakpoint
-- Roll-ups are written only by the triggers below; users read their provinces' rows and the rows
-- of clusters one of their provinces belongs to.
ALTER TABLE spending_rollups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY spending_rollup_read ON spending_rollups FOR SELECT TO areaplan_app USING (
  (SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[])
  OR (cluster_key <> 0 AND app_can_view_plan(province_code, cluster_key)));
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION spending_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;
  amounts text := CASE TG_TABLE_NAME
    WHEN 'spending_plan_months' THEN '''budget'' AS funds, s.sign * s.planned_satang AS planned, 0::bigint AS committed, 0::bigint AS disbursed'
    ELSE 's.funds, 0::bigint AS planned, s.sign * s.committed_satang AS committed, s.sign * s.disbursed_satang AS disbursed' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO spending_rollups AS r (province_code, cluster_key, fiscal_year, fiscal_month, spending_class, funds,
      planned_satang, committed_satang, disbursed_satang)
    SELECT c.province_code, c.cluster_key, c.fiscal_year, c.fiscal_month, c.spending_class, c.funds,
      sum(c.planned), sum(c.committed), sum(c.disbursed)
    FROM (SELECT s.province_code, coalesce(s.cluster_id, 0) AS cluster_key, s.fiscal_year, s.fiscal_month,
      s.spending_class, %s FROM (%s) s) c
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.planned) <> 0 OR sum(c.committed) <> 0 OR sum(c.disbursed) <> 0
    ON CONFLICT (province_code, cluster_key, fiscal_year, fiscal_month, spending_class, funds) DO UPDATE
      SET planned_satang = r.planned_satang + excluded.planned_satang,
        committed_satang = r.committed_satang + excluded.committed_satang,
        disbursed_satang = r.disbursed_satang + excluded.disbursed_satang
  $sql$, amounts, source);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER spending_plan_rollups_insert AFTER INSERT ON spending_plan_months REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_plan_rollups_update AFTER UPDATE ON spending_plan_months REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_plan_rollups_delete AFTER DELETE ON spending_plan_months REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_actual_rollups_insert AFTER INSERT ON spending_actuals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_actual_rollups_update AFTER UPDATE ON spending_actuals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_actual_rollups_delete AFTER DELETE ON spending_actuals REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_rollups_apply();
