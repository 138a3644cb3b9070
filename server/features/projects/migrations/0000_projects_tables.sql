CREATE TABLE "project_counters" (
	"province_code" text NOT NULL,
	"budget_unit" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"last_no" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "project_counters_budget_unit_fiscal_year_pk" PRIMARY KEY("budget_unit","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "project_rollups" (
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"scope" text NOT NULL,
	"status" text NOT NULL,
	"budget_type" text NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"total_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "project_rollups_province_code_fiscal_year_scope_status_budget_type_pk" PRIMARY KEY("province_code","fiscal_year","scope","status","budget_type")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"scope" text NOT NULL,
	"budget_unit" text NOT NULL,
	"code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"objective" text,
	"description" text,
	"budget_type" text NOT NULL,
	"category" text NOT NULL,
	"total_satang" bigint DEFAULT 0 NOT NULL,
	"implementing_agency_id" uuid,
	"receiver_agency_id" uuid,
	"receiver_name" text,
	"receiver_commitment_file_id" uuid,
	"plan_item_id" uuid,
	"plan_issue_id" uuid,
	"plan_approach_id" uuid,
	"beneficiary_households" integer,
	"beneficiary_people" integer,
	"beneficiary_note" text,
	"emenscr_code" text,
	"budget_bureau_code" text,
	"gfmis_code" text,
	"egp_number" text,
	"status" text DEFAULT 'idea' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"search_tokens" "tsvector",
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "projects_cluster_check" CHECK (("projects"."scope" = 'cluster') = ("projects"."cluster_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "project_alignment_links" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"node_id" uuid NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "project_alignment_links_project_id_node_id_pk" PRIMARY KEY("project_id","node_id")
);
--> statement-breakpoint
CREATE TABLE "project_budget_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"line_no" integer NOT NULL,
	"description" text NOT NULL,
	"budget_type" text NOT NULL,
	"category" text NOT NULL,
	"quantity" numeric,
	"unit" text,
	"amount_satang" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_kpis" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"kpi_id" uuid NOT NULL,
	CONSTRAINT "project_kpis_project_id_kpi_id_pk" PRIMARY KEY("project_id","kpi_id")
);
--> statement-breakpoint
CREATE TABLE "project_locations" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"area_code" text NOT NULL,
	"geometry" jsonb,
	CONSTRAINT "project_locations_project_id_area_code_pk" PRIMARY KEY("project_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "project_needs" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"need_id" uuid NOT NULL,
	CONSTRAINT "project_needs_project_id_need_id_pk" PRIMARY KEY("project_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "project_outputs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"order_no" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"target_value" numeric NOT NULL,
	"unit" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_province_shares" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"share_province_code" text NOT NULL,
	"share_bp" integer NOT NULL,
	CONSTRAINT "project_province_shares_project_id_share_province_code_pk" PRIMARY KEY("project_id","share_province_code")
);
--> statement-breakpoint
CREATE TABLE "project_readiness" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"item" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"note" text,
	CONSTRAINT "project_readiness_project_id_item_pk" PRIMARY KEY("project_id","item")
);
--> statement-breakpoint
CREATE TABLE "project_readiness_files" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"item" text NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_schedule" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"amount_satang" bigint NOT NULL,
	CONSTRAINT "project_schedule_project_id_fiscal_year_pk" PRIMARY KEY("project_id","fiscal_year")
);
--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_implementing_agency_id_agencies_id_fk" FOREIGN KEY ("implementing_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_receiver_agency_id_agencies_id_fk" FOREIGN KEY ("receiver_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_receiver_commitment_file_id_stored_files_id_fk" FOREIGN KEY ("receiver_commitment_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_plan_item_id_plan_items_id_fk" FOREIGN KEY ("plan_item_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_plan_issue_id_plan_issues_id_fk" FOREIGN KEY ("plan_issue_id") REFERENCES "public"."plan_issues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_plan_approach_id_plan_approaches_id_fk" FOREIGN KEY ("plan_approach_id") REFERENCES "public"."plan_approaches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_alignment_links" ADD CONSTRAINT "project_alignment_links_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_alignment_links" ADD CONSTRAINT "project_alignment_links_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_alignment_links" ADD CONSTRAINT "project_alignment_links_node_id_alignment_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."alignment_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budget_lines" ADD CONSTRAINT "project_budget_lines_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budget_lines" ADD CONSTRAINT "project_budget_lines_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_kpis" ADD CONSTRAINT "project_kpis_kpi_id_plan_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."plan_kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_locations" ADD CONSTRAINT "project_locations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_locations" ADD CONSTRAINT "project_locations_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_locations" ADD CONSTRAINT "project_locations_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_needs" ADD CONSTRAINT "project_needs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_needs" ADD CONSTRAINT "project_needs_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_needs" ADD CONSTRAINT "project_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_outputs" ADD CONSTRAINT "project_outputs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_outputs" ADD CONSTRAINT "project_outputs_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_province_shares" ADD CONSTRAINT "project_province_shares_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_province_shares" ADD CONSTRAINT "project_province_shares_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_readiness" ADD CONSTRAINT "project_readiness_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_readiness" ADD CONSTRAINT "project_readiness_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_readiness_files" ADD CONSTRAINT "project_readiness_files_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_readiness_files" ADD CONSTRAINT "project_readiness_files_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_readiness_files" ADD CONSTRAINT "project_readiness_files_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_schedule" ADD CONSTRAINT "project_schedule_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_schedule" ADD CONSTRAINT "project_schedule_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "projects_code_idx" ON "projects" USING btree ("fiscal_year","budget_unit","code");--> statement-breakpoint
CREATE INDEX "projects_province_year_code_idx" ON "projects" USING btree ("province_code","fiscal_year" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "projects_province_year_status_idx" ON "projects" USING btree ("province_code","fiscal_year","status","code");--> statement-breakpoint
CREATE INDEX "projects_year_code_idx" ON "projects" USING btree ("fiscal_year" DESC NULLS LAST,"code");--> statement-breakpoint
CREATE INDEX "projects_cluster_idx" ON "projects" USING btree ("cluster_id","fiscal_year");--> statement-breakpoint
CREATE INDEX "projects_agency_idx" ON "projects" USING btree ("implementing_agency_id");--> statement-breakpoint
CREATE INDEX "projects_plan_item_idx" ON "projects" USING btree ("plan_item_id");--> statement-breakpoint
CREATE INDEX "projects_search_idx" ON "projects" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "projects_title_trgm_idx" ON "projects" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "project_budget_lines_project_idx" ON "project_budget_lines" USING btree ("project_id","line_no");--> statement-breakpoint
CREATE INDEX "project_locations_area_idx" ON "project_locations" USING btree ("province_code","area_code");--> statement-breakpoint
CREATE INDEX "project_needs_need_idx" ON "project_needs" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "project_outputs_project_idx" ON "project_outputs" USING btree ("project_id","order_no");--> statement-breakpoint
CREATE INDEX "project_readiness_files_project_idx" ON "project_readiness_files" USING btree ("project_id","item");