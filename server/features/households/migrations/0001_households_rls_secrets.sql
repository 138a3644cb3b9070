-- Every case table sits behind the province wall (view to read, capture to write).
SELECT app_enable_indexed_province_rls('households');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('household_members');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('household_help');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('household_visits');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('household_status_events');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('household_need_proposals');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('household_secrets');
--> statement-breakpoint
-- Sealed personal fields: the app role may add and remove them but never read or change the sealed
-- bytes or the id hash, so no query of any feature can select them; the two functions below are the
-- only way out, and they apply the same province wall.
REVOKE SELECT, UPDATE ON household_secrets FROM areaplan_app;
--> statement-breakpoint
GRANT SELECT (subject_id, household_id, province_code, kind) ON household_secrets TO areaplan_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION household_sealed(subject_ids uuid[])
RETURNS TABLE (subject_id uuid, household_id uuid, kind text, sealed bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.subject_id, s.household_id, s.kind, s.sealed FROM household_secrets s
  WHERE s.subject_id = ANY (subject_ids)
    AND ((SELECT app_scope_all('view')) OR s.province_code = ANY ((SELECT app_provinces('view'))::text[]))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION household_subjects_with_id(id_hash bytea)
RETURNS TABLE (subject_id uuid, household_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT s.subject_id, s.household_id FROM household_secrets s
  WHERE s.id_hash = household_subjects_with_id.id_hash
    AND ((SELECT app_scope_all('view')) OR s.province_code = ANY ((SELECT app_provinces('view'))::text[]))
$$;
--> statement-breakpoint
ALTER TABLE household_counts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY household_counts_read ON household_counts FOR SELECT TO areaplan_app USING (
  (SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION household_counts_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO household_counts AS c (province_code, subdistrict_code, dimension, status, households)
    SELECT s.province_code, s.subdistrict_code, d.dimension, s.status, sum(s.sign)
    FROM (%s) s CROSS JOIN LATERAL unnest(s.shortfalls || 'all'::text) AS d(dimension)
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (province_code, subdistrict_code, dimension, status) DO UPDATE
      SET households = c.households + excluded.households
  $sql$, source);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER household_counts_insert AFTER INSERT ON households REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_apply();
--> statement-breakpoint
CREATE TRIGGER household_counts_update AFTER UPDATE ON households REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_apply();
--> statement-breakpoint
CREATE TRIGGER household_counts_delete AFTER DELETE ON households REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION household_counts_apply();
--> statement-breakpoint
INSERT INTO household_settings (id, retention_years) VALUES (1, 5) ON CONFLICT DO NOTHING;
