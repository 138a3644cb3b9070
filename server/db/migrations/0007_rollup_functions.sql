-- Shared by every trigger-kept roll-up of project rows (spending, assets, results): who reads a roll-up
-- row, the rows a statement changed with their sign, and the three statement triggers. Here, before
-- every feature's set, so any feature may use them; assets 0002 created them first (same text), and
-- CREATE OR REPLACE leaves a database migrated since then as it is.
CREATE OR REPLACE FUNCTION app_enable_rollup_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY rollup_read ON %s FOR SELECT TO areaplan_app USING (
    (SELECT app_scope_all(''view'')) OR province_code = ANY ((SELECT app_provinces(''view''))::text[])
    OR (cluster_key <> 0 AND app_can_view_plan(province_code, cluster_key)))', target);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_rollup_delta_rows(operation text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE operation
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
    ELSE 'SELECT 1 AS sign, * FROM new_rows UNION ALL SELECT -1 AS sign, * FROM old_rows' END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_attach_rollup_triggers(target regclass, apply regproc) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  base text := replace(target::text, '"', '');
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_rollup_insert', target, apply);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_rollup_update', target, apply);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_rollup_delete', target, apply);
END
$$;
