CREATE TABLE "budget_stage_rollups" (
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"stage" text NOT NULL,
	"projects" integer DEFAULT 0 NOT NULL,
	"amount_satang" bigint DEFAULT 0 NOT NULL,
	"cut_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "budget_stage_rollups_province_code_fiscal_year_kind_key_stage_pk" PRIMARY KEY("province_code","fiscal_year","kind","key","stage")
);
--> statement-breakpoint
CREATE TABLE "project_multi_year_approvals" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"approved_satang" bigint NOT NULL,
	"reference" text NOT NULL,
	"approved_on" date NOT NULL,
	"recorded_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_budget_stages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"stage" text NOT NULL,
	"amount_satang" bigint NOT NULL,
	"cut_satang" bigint DEFAULT 0 NOT NULL,
	"cut_reason" text,
	"budget_type" text NOT NULL,
	"plan_issue_id" uuid,
	"agency_id" uuid,
	"district_code" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "project_multi_year_approvals" ADD CONSTRAINT "project_multi_year_approvals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_multi_year_approvals" ADD CONSTRAINT "project_multi_year_approvals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budget_stages" ADD CONSTRAINT "project_budget_stages_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_budget_stages" ADD CONSTRAINT "project_budget_stages_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "project_budget_stages_project_stage_idx" ON "project_budget_stages" USING btree ("project_id","stage");--> statement-breakpoint
CREATE INDEX "project_budget_stages_province_year_idx" ON "project_budget_stages" USING btree ("province_code","fiscal_year");