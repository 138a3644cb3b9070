CREATE TABLE "output_actuals" (
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"output_no" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"unit" text NOT NULL,
	"target_value" numeric NOT NULL,
	"actual_value" numeric NOT NULL,
	"achievement_bp" integer NOT NULL,
	"achieved" boolean NOT NULL,
	"data_source" text,
	"note" text,
	"reported_by" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "output_actuals_project_id_fiscal_year_quarter_output_no_pk" PRIMARY KEY("project_id","fiscal_year","quarter","output_no")
);
--> statement-breakpoint
CREATE TABLE "progress_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"fiscal_year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"physical_percent" integer NOT NULL,
	"status" text NOT NULL,
	"beneficiaries_reached" integer,
	"problems" text,
	"fixes" text,
	"decline_reason" text,
	"reported_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"report_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"caption" text,
	"taken_on" date,
	"latitude" double precision,
	"longitude" double precision,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "result_rollups" (
	"province_code" text NOT NULL,
	"cluster_key" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"progress_reports" integer DEFAULT 0 NOT NULL,
	"physical_percent_sum" integer DEFAULT 0 NOT NULL,
	"delayed_reports" integer DEFAULT 0 NOT NULL,
	"completed_reports" integer DEFAULT 0 NOT NULL,
	"indicators" integer DEFAULT 0 NOT NULL,
	"indicators_achieved" integer DEFAULT 0 NOT NULL,
	"achievement_bp_sum" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "result_rollups_province_code_cluster_key_fiscal_year_quarter_pk" PRIMARY KEY("province_code","cluster_key","fiscal_year","quarter")
);
--> statement-breakpoint
ALTER TABLE "output_actuals" ADD CONSTRAINT "output_actuals_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "output_actuals" ADD CONSTRAINT "output_actuals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "progress_reports" ADD CONSTRAINT "progress_reports_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_evidence" ADD CONSTRAINT "result_evidence_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_evidence" ADD CONSTRAINT "result_evidence_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_evidence" ADD CONSTRAINT "result_evidence_report_id_progress_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."progress_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_evidence" ADD CONSTRAINT "result_evidence_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "output_actuals_province_idx" ON "output_actuals" USING btree ("province_code","fiscal_year","quarter");--> statement-breakpoint
CREATE UNIQUE INDEX "progress_reports_period_idx" ON "progress_reports" USING btree ("project_id","fiscal_year","quarter");--> statement-breakpoint
CREATE INDEX "progress_reports_province_idx" ON "progress_reports" USING btree ("province_code","fiscal_year","quarter");--> statement-breakpoint
CREATE INDEX "result_evidence_report_idx" ON "result_evidence" USING btree ("report_id");