-- The orphan counts' triggers are attached by the platform's app_attach_rollup_triggers with the name
-- part 'orphans' (platform migration 0008): the same trigger names, functions and events as the copy
-- of it that migration 0005 defined, which goes.
DO $$
DECLARE
  feed record;
BEGIN
  FOR feed IN
    SELECT target, apply FROM (VALUES
      ('needs'::regclass, 'orphan_rollups_needs'::regproc),
      ('assets', 'orphan_rollups_assets'),
      ('projects', 'orphan_rollups_touch'),
      ('project_kpis', 'orphan_rollups_touch'),
      ('progress_reports', 'orphan_rollups_touch'),
      ('development_plans', 'orphan_rollups_touch'),
      ('plan_versions', 'orphan_rollups_touch'),
      ('plan_kpis', 'orphan_rollups_touch'),
      ('kpi_targets', 'orphan_rollups_touch'),
      ('kpi_actuals', 'orphan_rollups_touch')) AS feeds (target, apply)
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %s', replace(feed.target::text, '"', '') || '_orphans_insert', feed.target);
    EXECUTE format('DROP TRIGGER %I ON %s', replace(feed.target::text, '"', '') || '_orphans_update', feed.target);
    EXECUTE format('DROP TRIGGER %I ON %s', replace(feed.target::text, '"', '') || '_orphans_delete', feed.target);
    PERFORM app_attach_rollup_triggers(feed.target, feed.apply, 'orphans');
  END LOOP;
END
$$;
--> statement-breakpoint
DROP FUNCTION orphan_rollups_attach(regclass, regproc);
