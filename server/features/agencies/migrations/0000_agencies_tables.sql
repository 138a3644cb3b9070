-- Until these tables had their own set, platform migration 0001 created them; databases made then
-- already have them, so every statement here is guarded and the set records itself as applied.
-- The platform's users table names an agency; this set owns that foreign key.
CREATE TABLE IF NOT EXISTS "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"short_name" text,
	"kind" text NOT NULL,
	"local_government_type" text,
	"dla_code" text,
	"budget_unit_code" text,
	"area_code" text,
	"province_code" text,
	"cluster_id" integer,
	"parent_agency_id" uuid,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'agencies_area_code_areas_code_fk') THEN
    ALTER TABLE "agencies" ADD CONSTRAINT "agencies_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'agencies_cluster_id_clusters_id_fk') THEN
    ALTER TABLE "agencies" ADD CONSTRAINT "agencies_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'agencies_parent_agency_id_agencies_id_fk') THEN
    ALTER TABLE "agencies" ADD CONSTRAINT "agencies_parent_agency_id_agencies_id_fk" FOREIGN KEY ("parent_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "agencies_province_idx" ON "agencies" USING btree ("province_code");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "agencies_name_trgm_idx" ON "agencies" USING gin ("name_th" gin_trgm_ops);
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'users_agency_id_agencies_id_fk') THEN
    ALTER TABLE "users" ADD CONSTRAINT "users_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'agencies' AND policyname = 'scope_read') THEN
    PERFORM app_enable_province_rls('agencies');
  END IF;
END $$;
