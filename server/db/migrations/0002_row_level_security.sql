-- The second wall: the app runs each user's transaction as areaplan_app with the user's provinces
-- set by set_config(..., true); a query that forgets its WHERE still sees only those provinces.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'areaplan_app') THEN
    CREATE ROLE areaplan_app NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'areaplan_app', 'MEMBER') THEN
    EXECUTE format('GRANT areaplan_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO areaplan_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO areaplan_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO areaplan_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO areaplan_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO areaplan_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_province_in(setting text, province text) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT coalesce(current_setting('app.scope_all_' || setting, true), '') = 'on'
    OR (province IS NOT NULL AND province = ANY (string_to_array(coalesce(current_setting('app.provinces_' || setting, true), ''), ',')))
$$;
--> statement-breakpoint
-- National rows (province null) are readable by everyone the service lets through, writable only with national capture scope.
CREATE OR REPLACE FUNCTION app_can_view(province text) RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT province IS NULL OR app_province_in('view', province) $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_can_capture(province text) RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT app_province_in('capture', province) $$;
--> statement-breakpoint
-- Later migrations (the features' sets) call this for every table that carries a province_code column.
CREATE OR REPLACE FUNCTION app_enable_province_rls(target regclass, public_read boolean DEFAULT false) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  read_rule text := CASE WHEN public_read THEN 'true' ELSE 'app_can_view(province_code)' END;
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY scope_read ON %s FOR SELECT TO areaplan_app USING (%s)', target, read_rule);
  EXECUTE format('CREATE POLICY scope_insert ON %s FOR INSERT TO areaplan_app WITH CHECK (app_can_capture(province_code))', target);
  EXECUTE format('CREATE POLICY scope_update ON %s FOR UPDATE TO areaplan_app USING (app_can_capture(province_code)) WITH CHECK (app_can_capture(province_code))', target);
  EXECUTE format('CREATE POLICY scope_delete ON %s FOR DELETE TO areaplan_app USING (app_can_capture(province_code))', target);
END
$$;
--> statement-breakpoint
SELECT app_enable_province_rls('jobs');
--> statement-breakpoint
SELECT app_enable_province_rls('stored_files');
--> statement-breakpoint
-- The audit trail is append-only for the app role: it may add and read within scope, never change.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY scope_read ON audit_events FOR SELECT TO areaplan_app USING (app_can_view(province_code));
--> statement-breakpoint
CREATE POLICY append_only ON audit_events FOR INSERT TO areaplan_app WITH CHECK (true);
--> statement-breakpoint
REVOKE UPDATE, DELETE ON audit_events FROM areaplan_app;
