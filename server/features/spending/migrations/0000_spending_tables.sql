CREATE TABLE "spending_carry_overs" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"from_fiscal_year" integer NOT NULL,
	"amount_satang" bigint DEFAULT 0 NOT NULL,
	"reason" text NOT NULL,
	"extended_to" date,
	"extension_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spending_carry_overs_project_id_from_fiscal_year_pk" PRIMARY KEY("project_id","from_fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "procurements" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"tor_date" date,
	"announced_date" date,
	"bidding_date" date,
	"contract_signed_date" date,
	"contract_no" text,
	"contract_value_satang" bigint,
	"contractor" text,
	"egp_number" text,
	"inspected_date" date,
	"paid_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "procurements_project_id_fiscal_year_pk" PRIMARY KEY("project_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "spending_actuals" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"fiscal_month" integer NOT NULL,
	"funds" text NOT NULL,
	"spending_class" text NOT NULL,
	"committed_satang" bigint DEFAULT 0 NOT NULL,
	"disbursed_satang" bigint DEFAULT 0 NOT NULL,
	"source" text NOT NULL,
	"import_job_id" uuid,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spending_actuals_project_id_fiscal_year_fiscal_month_funds_pk" PRIMARY KEY("project_id","fiscal_year","fiscal_month","funds")
);
--> statement-breakpoint
CREATE TABLE "spending_deadlines" (
	"fiscal_year" integer NOT NULL,
	"kind" text NOT NULL,
	"due_date" date NOT NULL,
	"source_note" text NOT NULL,
	"verified" boolean NOT NULL,
	CONSTRAINT "spending_deadlines_fiscal_year_kind_pk" PRIMARY KEY("fiscal_year","kind")
);
--> statement-breakpoint
CREATE TABLE "spending_month_closures" (
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"fiscal_month" integer NOT NULL,
	"closed_by" uuid,
	"closed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spending_month_closures_province_code_fiscal_year_fiscal_month_pk" PRIMARY KEY("province_code","fiscal_year","fiscal_month")
);
--> statement-breakpoint
CREATE TABLE "spending_plan_months" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"fiscal_month" integer NOT NULL,
	"spending_class" text NOT NULL,
	"planned_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "spending_plan_months_project_id_fiscal_year_fiscal_month_pk" PRIMARY KEY("project_id","fiscal_year","fiscal_month")
);
--> statement-breakpoint
CREATE TABLE "spending_plans" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"allocation_satang" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spending_plans_project_id_fiscal_year_pk" PRIMARY KEY("project_id","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "spending_rollups" (
	"province_code" text NOT NULL,
	"cluster_key" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"fiscal_month" integer NOT NULL,
	"spending_class" text NOT NULL,
	"funds" text NOT NULL,
	"planned_satang" bigint DEFAULT 0 NOT NULL,
	"committed_satang" bigint DEFAULT 0 NOT NULL,
	"disbursed_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "spending_rollups_province_code_cluster_key_fiscal_year_fiscal_month_spending_class_funds_pk" PRIMARY KEY("province_code","cluster_key","fiscal_year","fiscal_month","spending_class","funds")
);
--> statement-breakpoint
CREATE TABLE "spending_target_years" (
	"fiscal_year" integer PRIMARY KEY NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "spending_targets" (
	"fiscal_year" integer NOT NULL,
	"budget_class" text NOT NULL,
	"quarter" integer NOT NULL,
	"cumulative_hundredths" integer NOT NULL,
	"source_note" text NOT NULL,
	"verified" boolean NOT NULL,
	CONSTRAINT "spending_targets_fiscal_year_budget_class_quarter_pk" PRIMARY KEY("fiscal_year","budget_class","quarter")
);
--> statement-breakpoint
ALTER TABLE "spending_carry_overs" ADD CONSTRAINT "spending_carry_overs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_carry_overs" ADD CONSTRAINT "spending_carry_overs_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "procurements" ADD CONSTRAINT "procurements_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_actuals" ADD CONSTRAINT "spending_actuals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_actuals" ADD CONSTRAINT "spending_actuals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_actuals" ADD CONSTRAINT "spending_actuals_import_job_id_jobs_id_fk" FOREIGN KEY ("import_job_id") REFERENCES "public"."jobs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_deadlines" ADD CONSTRAINT "spending_deadlines_fiscal_year_spending_target_years_fiscal_year_fk" FOREIGN KEY ("fiscal_year") REFERENCES "public"."spending_target_years"("fiscal_year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_plan_months" ADD CONSTRAINT "spending_plan_months_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_plan_months" ADD CONSTRAINT "spending_plan_months_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_plans" ADD CONSTRAINT "spending_plans_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_plans" ADD CONSTRAINT "spending_plans_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spending_targets" ADD CONSTRAINT "spending_targets_fiscal_year_spending_target_years_fiscal_year_fk" FOREIGN KEY ("fiscal_year") REFERENCES "public"."spending_target_years"("fiscal_year") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spending_actuals_province_idx" ON "spending_actuals" USING btree ("province_code","fiscal_year","fiscal_month");--> statement-breakpoint
CREATE INDEX "spending_plans_province_idx" ON "spending_plans" USING btree ("province_code","fiscal_year");