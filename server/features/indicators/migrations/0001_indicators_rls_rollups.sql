-- Indicator figures are public statistics: everyone the service lets through reads every province
-- (the national map compares provinces); only a province's capture scope writes its figures and targets.
SELECT app_enable_province_rls('indicator_values', true);
--> statement-breakpoint
SELECT app_enable_province_rls('indicator_rollups', true);
--> statement-breakpoint
SELECT app_enable_province_rls('indicator_targets', true);
--> statement-breakpoint
-- A need's evidence follows the need's province wall; a plan issue's follows its plan (cluster members read it).
SELECT app_enable_indexed_province_rls('need_evidence');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_issue_evidence');
--> statement-breakpoint
-- Runs as the owner: recomputes one province's roll-up of one indicator and year from the figures
-- stored there. A stored figure is a base figure when nothing is stored below it; each base figure
-- counts in its own area (above village level) and every area above. Sums add values; ratios add
-- numerators and denominators and divide again; `none` keeps only figures stored for the area itself.
CREATE OR REPLACE FUNCTION indicator_rollup_recompute(indicator uuid, survey_year integer, province text) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  rule text;
  scale integer;
BEGIN
  SELECT aggregation, ratio_scale INTO rule, scale FROM indicators WHERE id = indicator;
  DELETE FROM indicator_rollups WHERE indicator_id = indicator AND year = survey_year AND province_code = province;
  IF rule IS NULL THEN
    RETURN;
  END IF;
  INSERT INTO indicator_rollups (indicator_id, year, area_code, level, parent_code, province_code,
                                 value, numerator, denominator, reporting_areas)
  SELECT indicator, survey_year, g.code,
         CASE length(g.code) WHEN 2 THEN 'province' WHEN 4 THEN 'district' ELSE 'subdistrict' END,
         left(g.code, length(g.code) - 2), province,
         round((CASE WHEN rule = 'ratio' THEN sum(b.numerator) / nullif(sum(b.denominator), 0) * scale ELSE sum(b.value) END)::numeric, 4),
         CASE WHEN rule = 'ratio' THEN sum(b.numerator) END,
         CASE WHEN rule = 'ratio' THEN sum(b.denominator) END,
         count(*)
  FROM indicator_values b
  CROSS JOIN LATERAL (
    SELECT left(b.area_code, n) AS code FROM unnest(ARRAY[2, 4, 6]) AS n
    WHERE n <= length(b.area_code) AND (rule <> 'none' OR n = length(b.area_code))
  ) g
  WHERE b.indicator_id = indicator AND b.year = survey_year AND b.province_code = province
    AND (b.level = 'village' OR NOT EXISTS (
      SELECT 1 FROM indicator_values w
      WHERE w.indicator_id = indicator AND w.year = survey_year AND w.province_code = province
        AND length(w.area_code) > length(b.area_code) AND left(w.area_code, length(b.area_code)) = b.area_code))
  GROUP BY g.code
  HAVING rule <> 'ratio' OR sum(b.denominator) > 0;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION indicator_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  touched record;
BEGIN
  IF TG_OP = 'INSERT' THEN
    FOR touched IN SELECT DISTINCT indicator_id, year, province_code FROM new_rows LOOP
      PERFORM indicator_rollup_recompute(touched.indicator_id, touched.year, touched.province_code);
    END LOOP;
  ELSIF TG_OP = 'DELETE' THEN
    FOR touched IN SELECT DISTINCT indicator_id, year, province_code FROM old_rows LOOP
      PERFORM indicator_rollup_recompute(touched.indicator_id, touched.year, touched.province_code);
    END LOOP;
  ELSE
    FOR touched IN SELECT indicator_id, year, province_code FROM new_rows
                   UNION SELECT indicator_id, year, province_code FROM old_rows LOOP
      PERFORM indicator_rollup_recompute(touched.indicator_id, touched.year, touched.province_code);
    END LOOP;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER indicator_rollups_insert AFTER INSERT ON indicator_values REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER indicator_rollups_update AFTER UPDATE ON indicator_values REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER indicator_rollups_delete AFTER DELETE ON indicator_values REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION indicator_rollups_apply();
