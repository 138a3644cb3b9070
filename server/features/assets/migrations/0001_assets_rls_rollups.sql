-- Assets follow their project's wall: a cluster project's assets carry the operations-centre
-- province and the cluster id, so member provinces read them; writes need capture of that province.
SELECT app_enable_project_rls('assets');
--> statement-breakpoint
SELECT app_enable_project_rls('asset_events');
--> statement-breakpoint
-- The register's search: substring match on code, description, GFMIS number and custodian
-- (pg_trgm comes with the platform's first migration).
CREATE INDEX assets_search_trgm_idx ON assets USING gin (search_text gin_trgm_ops);
--> statement-breakpoint
ALTER TABLE asset_rollups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY asset_rollup_read ON asset_rollups FOR SELECT TO areaplan_app USING (
  (SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[])
  OR (cluster_key <> 0 AND app_can_view_plan(province_code, cluster_key)));
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION asset_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  source text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO asset_rollups AS r (province_code, cluster_key, type, status, assets, value_satang)
    SELECT s.province_code, coalesce(s.cluster_id, 0), s.type, s.status, sum(s.sign), sum(s.sign * s.value_satang)
    FROM (%s) s
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (province_code, cluster_key, type, status) DO UPDATE
      SET assets = r.assets + excluded.assets, value_satang = r.value_satang + excluded.value_satang
  $sql$, source);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER asset_rollups_insert AFTER INSERT ON assets REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION asset_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER asset_rollups_update AFTER UPDATE ON assets REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION asset_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER asset_rollups_delete AFTER DELETE ON assets REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION asset_rollups_apply();
