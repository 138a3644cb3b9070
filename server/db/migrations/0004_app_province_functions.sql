-- Scope settings parsed by one STABLE function each, so policies can call them once per statement
-- as `(SELECT app_provinces('view'))` (an InitPlan) instead of re-parsing the setting for every row.
CREATE OR REPLACE FUNCTION app_scope_all(setting text) RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.scope_all_' || setting, true), '') = 'on' $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_provinces(setting text) RETURNS text[]
LANGUAGE sql STABLE AS $$
  SELECT coalesce(string_to_array(nullif(current_setting('app.provinces_' || setting, true), ''), ','), '{}'::text[])
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_province_in(setting text, province text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT app_scope_all(setting) OR (province IS NOT NULL AND province = ANY (app_provinces(setting)))
$$;
--> statement-breakpoint
-- Policies for tables whose province_code is never null, in a form an index on province_code can serve.
CREATE OR REPLACE FUNCTION app_enable_indexed_province_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  view_rule text := '(SELECT app_scope_all(''view'')) OR province_code = ANY ((SELECT app_provinces(''view''))::text[])';
  capture_rule text := '(SELECT app_scope_all(''capture'')) OR province_code = ANY ((SELECT app_provinces(''capture''))::text[])';
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('DROP POLICY IF EXISTS scope_read ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS scope_insert ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS scope_update ON %s', target);
  EXECUTE format('DROP POLICY IF EXISTS scope_delete ON %s', target);
  EXECUTE format('CREATE POLICY scope_read ON %s FOR SELECT TO areaplan_app USING (%s)', target, view_rule);
  EXECUTE format('CREATE POLICY scope_insert ON %s FOR INSERT TO areaplan_app WITH CHECK (%s)', target, capture_rule);
  EXECUTE format('CREATE POLICY scope_update ON %s FOR UPDATE TO areaplan_app USING (%s) WITH CHECK (%s)', target, capture_rule, capture_rule);
  EXECUTE format('CREATE POLICY scope_delete ON %s FOR DELETE TO areaplan_app USING (%s)', target, capture_rule);
END
$$;
