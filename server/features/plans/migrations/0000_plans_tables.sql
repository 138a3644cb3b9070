CREATE TABLE "approval_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"action" text NOT NULL,
	"label_th" text NOT NULL,
	"label_en" text NOT NULL,
	"roles" jsonb NOT NULL,
	"requires_meeting" boolean DEFAULT false NOT NULL,
	"requires_date" boolean DEFAULT false NOT NULL,
	"requires_reason" boolean DEFAULT false NOT NULL,
	"needs_capture" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "development_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"title" text NOT NULL,
	"period_start" integer NOT NULL,
	"period_end" integer NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "development_plans_period_check" CHECK ("development_plans"."period_end" = "development_plans"."period_start" + 4),
	CONSTRAINT "development_plans_cluster_check" CHECK (("development_plans"."scope" = 'cluster') = ("development_plans"."cluster_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "plan_approval_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"meeting_no" text,
	"meeting_date" date,
	"reason" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer
);
--> statement-breakpoint
CREATE TABLE "plan_change_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"stable_key" uuid NOT NULL,
	"reason" text NOT NULL,
	"actor_user_id" uuid,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_id" uuid NOT NULL,
	"version_no" integer NOT NULL,
	"kind" text NOT NULL,
	"review_fiscal_year" integer,
	"based_on_version_id" uuid,
	"status" text DEFAULT 'draft' NOT NULL,
	"vision" text,
	"development_goal" text,
	"area_potential" text,
	"swot" jsonb,
	"key_figures" jsonb,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"status_changed_at" timestamp with time zone,
	"submitted_at" timestamp with time zone,
	"committee_approved_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "item_budgets" (
	"item_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"amount_satang" bigint NOT NULL,
	CONSTRAINT "item_budgets_item_id_fiscal_year_pk" PRIMARY KEY("item_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "kpi_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"kpi_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"area_code" text,
	"target_value" numeric NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer
);
--> statement-breakpoint
CREATE TABLE "plan_alignment_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"node_id" uuid NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer
);
--> statement-breakpoint
CREATE TABLE "plan_approaches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"stable_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_no" integer DEFAULT 0 NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"issue_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_issues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"stable_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_no" integer DEFAULT 0 NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"title" text NOT NULL,
	"description" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_item_areas" (
	"item_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"area_code" text NOT NULL,
	CONSTRAINT "plan_item_areas_item_id_area_code_pk" PRIMARY KEY("item_id","area_code")
);
--> statement-breakpoint
CREATE TABLE "plan_item_kpis" (
	"item_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"kpi_id" uuid NOT NULL,
	CONSTRAINT "plan_item_kpis_item_id_kpi_id_pk" PRIMARY KEY("item_id","kpi_id")
);
--> statement-breakpoint
CREATE TABLE "plan_item_needs" (
	"item_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"need_id" uuid NOT NULL,
	CONSTRAINT "plan_item_needs_item_id_need_id_pk" PRIMARY KEY("item_id","need_id")
);
--> statement-breakpoint
CREATE TABLE "plan_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"stable_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_no" integer DEFAULT 0 NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"approach_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"funding_source" text NOT NULL,
	"agency_id" uuid,
	"agency_name" text,
	"benefit_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_kpis" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"stable_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_no" integer DEFAULT 0 NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"objective_id" uuid NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"baseline_value" numeric,
	"baseline_year" integer,
	"direction" text NOT NULL,
	"rollup" text NOT NULL,
	"data_source" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_objectives" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"stable_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"order_no" integer DEFAULT 0 NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"issue_id" uuid NOT NULL,
	"title" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "development_plans" ADD CONSTRAINT "development_plans_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approval_events" ADD CONSTRAINT "plan_approval_events_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approval_events" ADD CONSTRAINT "plan_approval_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approval_events" ADD CONSTRAINT "plan_approval_events_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_change_reasons" ADD CONSTRAINT "plan_change_reasons_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_change_reasons" ADD CONSTRAINT "plan_change_reasons_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_change_reasons" ADD CONSTRAINT "plan_change_reasons_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_plan_id_development_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."development_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_based_on_version_id_plan_versions_id_fk" FOREIGN KEY ("based_on_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_versions" ADD CONSTRAINT "plan_versions_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_budgets" ADD CONSTRAINT "item_budgets_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_budgets" ADD CONSTRAINT "item_budgets_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "item_budgets" ADD CONSTRAINT "item_budgets_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_kpi_id_plan_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."plan_kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_targets" ADD CONSTRAINT "kpi_targets_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_alignment_links" ADD CONSTRAINT "plan_alignment_links_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_alignment_links" ADD CONSTRAINT "plan_alignment_links_node_id_alignment_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."alignment_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_alignment_links" ADD CONSTRAINT "plan_alignment_links_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approaches" ADD CONSTRAINT "plan_approaches_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approaches" ADD CONSTRAINT "plan_approaches_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_approaches" ADD CONSTRAINT "plan_approaches_issue_id_plan_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."plan_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_issues" ADD CONSTRAINT "plan_issues_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_issues" ADD CONSTRAINT "plan_issues_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_areas" ADD CONSTRAINT "plan_item_areas_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_areas" ADD CONSTRAINT "plan_item_areas_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_areas" ADD CONSTRAINT "plan_item_areas_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_areas" ADD CONSTRAINT "plan_item_areas_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_kpis" ADD CONSTRAINT "plan_item_kpis_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_kpis" ADD CONSTRAINT "plan_item_kpis_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_kpis" ADD CONSTRAINT "plan_item_kpis_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_kpis" ADD CONSTRAINT "plan_item_kpis_kpi_id_plan_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."plan_kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_needs" ADD CONSTRAINT "plan_item_needs_item_id_plan_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_needs" ADD CONSTRAINT "plan_item_needs_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_item_needs" ADD CONSTRAINT "plan_item_needs_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_approach_id_plan_approaches_id_fk" FOREIGN KEY ("approach_id") REFERENCES "public"."plan_approaches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_items" ADD CONSTRAINT "plan_items_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpis" ADD CONSTRAINT "plan_kpis_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpis" ADD CONSTRAINT "plan_kpis_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_kpis" ADD CONSTRAINT "plan_kpis_objective_id_plan_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."plan_objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_plan_version_id_plan_versions_id_fk" FOREIGN KEY ("plan_version_id") REFERENCES "public"."plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_objectives" ADD CONSTRAINT "plan_objectives_issue_id_plan_issues_id_fk" FOREIGN KEY ("issue_id") REFERENCES "public"."plan_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_steps_move_idx" ON "approval_steps" USING btree ("scope","from_status","action");--> statement-breakpoint
CREATE INDEX "development_plans_province_idx" ON "development_plans" USING btree ("province_code");--> statement-breakpoint
CREATE INDEX "development_plans_cluster_idx" ON "development_plans" USING btree ("cluster_id");--> statement-breakpoint
CREATE INDEX "plan_approval_events_version_idx" ON "plan_approval_events" USING btree ("plan_version_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_change_reasons_key_idx" ON "plan_change_reasons" USING btree ("plan_version_id","entity_type","stable_key");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_number_idx" ON "plan_versions" USING btree ("plan_id","version_no");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_versions_open_review_idx" ON "plan_versions" USING btree ("plan_id","review_fiscal_year") WHERE "plan_versions"."kind" = 'review' and "plan_versions"."status" <> 'published';--> statement-breakpoint
CREATE INDEX "plan_versions_province_idx" ON "plan_versions" USING btree ("province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_targets_cell_idx" ON "kpi_targets" USING btree ("kpi_id","fiscal_year",coalesce("area_code", ''));--> statement-breakpoint
CREATE UNIQUE INDEX "plan_alignment_links_node_idx" ON "plan_alignment_links" USING btree ("entity_type","entity_id","node_id");--> statement-breakpoint
CREATE INDEX "plan_alignment_links_version_idx" ON "plan_alignment_links" USING btree ("plan_version_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_approaches_key_idx" ON "plan_approaches" USING btree ("plan_version_id","stable_key");--> statement-breakpoint
CREATE INDEX "plan_approaches_issue_idx" ON "plan_approaches" USING btree ("issue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_issues_key_idx" ON "plan_issues" USING btree ("plan_version_id","stable_key");--> statement-breakpoint
CREATE INDEX "plan_item_needs_need_idx" ON "plan_item_needs" USING btree ("need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_items_key_idx" ON "plan_items" USING btree ("plan_version_id","stable_key");--> statement-breakpoint
CREATE INDEX "plan_items_approach_idx" ON "plan_items" USING btree ("approach_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_kpis_key_idx" ON "plan_kpis" USING btree ("plan_version_id","stable_key");--> statement-breakpoint
CREATE INDEX "plan_kpis_objective_idx" ON "plan_kpis" USING btree ("objective_id");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_objectives_key_idx" ON "plan_objectives" USING btree ("plan_version_id","stable_key");--> statement-breakpoint
CREATE INDEX "plan_objectives_issue_idx" ON "plan_objectives" USING btree ("issue_id");