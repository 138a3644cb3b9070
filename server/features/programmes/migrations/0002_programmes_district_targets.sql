CREATE TABLE "programme_district_targets" (
	"programme_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text NOT NULL,
	"value" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_district_targets_indicator_id_district_code_pk" PRIMARY KEY("indicator_id","district_code")
);
--> statement-breakpoint
ALTER TABLE "programme_district_targets" ADD CONSTRAINT "programme_district_targets_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_district_targets" ADD CONSTRAINT "programme_district_targets_indicator_id_programme_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."programme_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_district_targets_province_idx" ON "programme_district_targets" USING btree ("programme_id","province_code");--> statement-breakpoint
-- Like the province targets: read by everyone, written by the centre (national view) only.
ALTER TABLE programme_district_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY target_read ON programme_district_targets FOR SELECT TO areaplan_app USING (true);
--> statement-breakpoint
CREATE POLICY target_insert ON programme_district_targets FOR INSERT TO areaplan_app WITH CHECK ((SELECT app_scope_all('view')));
--> statement-breakpoint
CREATE POLICY target_update ON programme_district_targets FOR UPDATE TO areaplan_app USING ((SELECT app_scope_all('view'))) WITH CHECK ((SELECT app_scope_all('view')));
--> statement-breakpoint
CREATE POLICY target_delete ON programme_district_targets FOR DELETE TO areaplan_app USING ((SELECT app_scope_all('view')));
