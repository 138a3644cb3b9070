CREATE TABLE "asset_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"asset_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"event_date" date NOT NULL,
	"document_ref" text,
	"reason" text,
	"actor_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_rollups" (
	"province_code" text NOT NULL,
	"cluster_key" integer NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"assets" integer DEFAULT 0 NOT NULL,
	"value_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "asset_rollups_province_code_cluster_key_type_status_pk" PRIMARY KEY("province_code","cluster_key","type","status")
);
--> statement-breakpoint
CREATE TABLE "assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"asset_no" integer NOT NULL,
	"code" text NOT NULL,
	"type" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"unit" text,
	"value_satang" bigint NOT NULL,
	"handover_date" date NOT NULL,
	"location_area_code" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"custodian_agency_id" uuid,
	"custodian_name" text,
	"condition" text NOT NULL,
	"gfmis_asset_no" text,
	"status" text DEFAULT 'registered' NOT NULL,
	"search_text" text NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asset_events" ADD CONSTRAINT "asset_events_asset_id_assets_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."assets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset_events" ADD CONSTRAINT "asset_events_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assets" ADD CONSTRAINT "assets_custodian_agency_id_agencies_id_fk" FOREIGN KEY ("custodian_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "asset_events_asset_idx" ON "asset_events" USING btree ("asset_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_code_idx" ON "assets" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "assets_project_no_idx" ON "assets" USING btree ("project_id","asset_no");--> statement-breakpoint
CREATE INDEX "assets_province_code_idx" ON "assets" USING btree ("province_code","code");