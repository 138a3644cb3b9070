-- A province's rows (activities, reports, their figures and photos, the progress roll-up) follow
-- the province wall; targets are national data the centre sets: everyone reads them, and only a
-- national reader (the centre, whose role the service checks) may write them.
SELECT app_enable_indexed_province_rls('programme_activities');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('programme_reports');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('programme_report_values');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('programme_report_photos');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('programme_progress');
--> statement-breakpoint
ALTER TABLE programme_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY target_read ON programme_targets FOR SELECT TO areaplan_app USING (true);
--> statement-breakpoint
CREATE POLICY target_insert ON programme_targets FOR INSERT TO areaplan_app WITH CHECK ((SELECT app_scope_all('view')));
--> statement-breakpoint
CREATE POLICY target_update ON programme_targets FOR UPDATE TO areaplan_app USING ((SELECT app_scope_all('view'))) WITH CHECK ((SELECT app_scope_all('view')));
--> statement-breakpoint
CREATE POLICY target_delete ON programme_targets FOR DELETE TO areaplan_app USING ((SELECT app_scope_all('view')));
--> statement-breakpoint
-- Runs as the owner: it recomputes one province's figure of one indicator from rows RLS already let
-- the writing statement touch.
CREATE OR REPLACE FUNCTION programme_progress_recompute(indicator uuid, province text) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  DELETE FROM programme_progress WHERE indicator_id = indicator AND province_code = province;
  INSERT INTO programme_progress (programme_id, indicator_id, province_code, cumulative_value, latest_period, latest_value)
  SELECT r.programme_id, v.indicator_id, v.province_code, sum(v.value), max(r.period_index),
    (array_agg(v.value ORDER BY r.period_index DESC))[1]
  FROM programme_report_values v JOIN programme_reports r ON r.id = v.report_id
  WHERE v.indicator_id = indicator AND v.province_code = province
  GROUP BY r.programme_id, v.indicator_id, v.province_code;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION programme_progress_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM programme_progress_recompute(OLD.indicator_id, OLD.province_code);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM programme_progress_recompute(NEW.indicator_id, NEW.province_code);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER programme_progress_values AFTER INSERT OR UPDATE OR DELETE ON programme_report_values
  FOR EACH ROW EXECUTE FUNCTION programme_progress_apply();
