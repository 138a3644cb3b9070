-- A table may feed more than one roll-up (the results' orphan counts read needs, projects and assets,
-- which feed their own), so the triggers' name part is a parameter: <table>_<part>_insert|update|delete.
-- The two-argument form keeps the name part 'rollup' its callers already have; a separate overload
-- rather than a default, so that no call can be ambiguous.
CREATE OR REPLACE FUNCTION app_attach_rollup_triggers(target regclass, apply regproc, name_part text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  base text := replace(target::text, '"', '') || '_' || name_part;
BEGIN
  EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %s REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_insert', target, apply);
  EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %s REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_update', target, apply);
  EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %s REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION %s()', base || '_delete', target, apply);
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_attach_rollup_triggers(target regclass, apply regproc) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM app_attach_rollup_triggers(target, apply, 'rollup');
END
$$;
