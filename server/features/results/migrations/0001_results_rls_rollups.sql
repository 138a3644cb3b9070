-- Result rows follow their project's wall: a cluster project's rows carry the operations-centre
-- province and the cluster id, so member provinces read them; writes need capture of that province.
SELECT app_enable_project_rls('progress_reports');
--> statement-breakpoint
SELECT app_enable_project_rls('output_actuals');
--> statement-breakpoint
SELECT app_enable_project_rls('result_evidence');
--> statement-breakpoint
-- Roll-ups are written only by the triggers below; users read their provinces' rows and the rows
-- of clusters one of their provinces belongs to.
ALTER TABLE result_rollups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY result_rollup_read ON result_rollups FOR SELECT TO areaplan_app USING (
  (SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[])
  OR (cluster_key <> 0 AND app_can_view_plan(province_code, cluster_key)));
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION result_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;
  amounts text := CASE TG_TABLE_NAME
    WHEN 'progress_reports' THEN 's.sign AS reports, s.sign * s.physical_percent AS percent,
      CASE WHEN s.status IN (''delayed'', ''at_risk'') THEN s.sign ELSE 0 END AS delayed,
      CASE WHEN s.status = ''completed'' THEN s.sign ELSE 0 END AS completed,
      0 AS indicators, 0 AS achieved, 0::bigint AS bp'
    ELSE '0 AS reports, 0 AS percent, 0 AS delayed, 0 AS completed, s.sign AS indicators,
      CASE WHEN s.achieved THEN s.sign ELSE 0 END AS achieved,
      (s.sign * least(greatest(s.achievement_bp, 0), 10000))::bigint AS bp' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO result_rollups AS r (province_code, cluster_key, fiscal_year, quarter, progress_reports,
      physical_percent_sum, delayed_reports, completed_reports, indicators, indicators_achieved, achievement_bp_sum)
    SELECT c.province_code, c.cluster_key, c.fiscal_year, c.quarter, sum(c.reports), sum(c.percent),
      sum(c.delayed), sum(c.completed), sum(c.indicators), sum(c.achieved), sum(c.bp)
    FROM (SELECT s.province_code, coalesce(s.cluster_id, 0) AS cluster_key, s.fiscal_year, s.quarter, %s
      FROM (%s) s) c
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (province_code, cluster_key, fiscal_year, quarter) DO UPDATE
      SET progress_reports = r.progress_reports + excluded.progress_reports,
        physical_percent_sum = r.physical_percent_sum + excluded.physical_percent_sum,
        delayed_reports = r.delayed_reports + excluded.delayed_reports,
        completed_reports = r.completed_reports + excluded.completed_reports,
        indicators = r.indicators + excluded.indicators,
        indicators_achieved = r.indicators_achieved + excluded.indicators_achieved,
        achievement_bp_sum = r.achievement_bp_sum + excluded.achievement_bp_sum
  $sql$, amounts, source);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER progress_rollups_insert AFTER INSERT ON progress_reports REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER progress_rollups_update AFTER UPDATE ON progress_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER progress_rollups_delete AFTER DELETE ON progress_reports REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER output_rollups_insert AFTER INSERT ON output_actuals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER output_rollups_update AFTER UPDATE ON output_actuals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER output_rollups_delete AFTER DELETE ON output_actuals REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION result_rollups_apply();
