CREATE TABLE "asset_checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"checked_on" date NOT NULL,
	"condition" text NOT NULL,
	"in_use" boolean NOT NULL,
	"note" text,
	"photo_file_id" uuid,
	"checked_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assets" ADD COLUMN "last_checked_on" date;--> statement-breakpoint
ALTER TABLE "asset_checks" ADD CONSTRAINT "asset_checks_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_checks" ADD CONSTRAINT "asset_checks_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_checks" ADD CONSTRAINT "asset_checks_photo_file_id_stored_files_id_fk" FOREIGN KEY ("photo_file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_checks_asset_idx" ON "asset_checks" USING btree ("asset_id","checked_on");--> statement-breakpoint
CREATE INDEX "assets_check_due_idx" ON "assets" USING btree ("province_code",coalesce("last_checked_on", "handover_date"),"code");--> statement-breakpoint
CREATE INDEX "assets_transfer_backlog_idx" ON "assets" USING btree ("province_code","status","handover_date","code");--> statement-breakpoint
SELECT app_enable_project_rls('asset_checks');
--> statement-breakpoint
-- Shared by every trigger-kept roll-up of project rows (assets, results): who reads a roll-up row,
-- the rows a statement changed with their sign, and the three statement triggers.
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
--> statement-breakpoint
-- The asset roll-up moves onto the shared pieces (same rule, same sums).
DROP POLICY asset_rollup_read ON asset_rollups;
--> statement-breakpoint
SELECT app_enable_rollup_rls('asset_rollups');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION asset_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    INSERT INTO asset_rollups AS r (province_code, cluster_key, type, status, assets, value_satang)
    SELECT s.province_code, coalesce(s.cluster_id, 0), s.type, s.status, sum(s.sign), sum(s.sign * s.value_satang)
    FROM (%s) s
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (province_code, cluster_key, type, status) DO UPDATE
      SET assets = r.assets + excluded.assets, value_satang = r.value_satang + excluded.value_satang
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
