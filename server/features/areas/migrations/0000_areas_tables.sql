-- Until these tables had their own set, platform migration 0001 created them; databases made then
-- already have them, so every statement here is guarded and the set records itself as applied.
CREATE TABLE IF NOT EXISTS "areas" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"province_code" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"postcode" text,
	"lat" double precision,
	"lon" double precision,
	"is_special_area" boolean DEFAULT false NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_tokens" "tsvector",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "cluster_memberships" (
	"id" serial PRIMARY KEY NOT NULL,
	"cluster_id" integer NOT NULL,
	"province_code" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "clusters" (
	"id" serial PRIMARY KEY NOT NULL,
	"region_id" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"operations_centre_code" text,
	"operations_centre_verified" boolean DEFAULT false NOT NULL,
	"sort_order" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "clusters_name_th_unique" UNIQUE("name_th")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "regions" (
	"id" text PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'areas_parent_code_areas_code_fk') THEN
    ALTER TABLE "areas" ADD CONSTRAINT "areas_parent_code_areas_code_fk" FOREIGN KEY ("parent_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'cluster_memberships_cluster_id_clusters_id_fk') THEN
    ALTER TABLE "cluster_memberships" ADD CONSTRAINT "cluster_memberships_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'cluster_memberships_province_code_areas_code_fk') THEN
    ALTER TABLE "cluster_memberships" ADD CONSTRAINT "cluster_memberships_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'clusters_region_id_regions_id_fk') THEN
    ALTER TABLE "clusters" ADD CONSTRAINT "clusters_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'clusters_operations_centre_code_areas_code_fk') THEN
    ALTER TABLE "clusters" ADD CONSTRAINT "clusters_operations_centre_code_areas_code_fk" FOREIGN KEY ("operations_centre_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;
  END IF;
END $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_parent_idx" ON "areas" USING btree ("parent_code");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_level_province_idx" ON "areas" USING btree ("level","province_code");
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_code_prefix_idx" ON "areas" USING btree ("code" text_pattern_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_name_th_trgm_idx" ON "areas" USING gin ("name_th" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_name_en_trgm_idx" ON "areas" USING gin (lower("name_en") gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "areas_search_idx" ON "areas" USING gin ("search_tokens");
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "cluster_memberships_open_idx" ON "cluster_memberships" USING btree ("province_code") WHERE "cluster_memberships"."valid_to" is null;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "cluster_memberships_cluster_idx" ON "cluster_memberships" USING btree ("cluster_id");
--> statement-breakpoint
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'areas' AND policyname = 'scope_read') THEN
    PERFORM app_enable_province_rls('areas', true);
  END IF;
END $$;
