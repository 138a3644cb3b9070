CREATE TABLE "programme_activities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"component_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"area_code" text,
	"title" text NOT NULL,
	"description" text,
	"project_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_components" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"component_id" uuid NOT NULL,
	"key" text NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"unit" text NOT NULL,
	"aggregation" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_progress" (
	"programme_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cumulative_value" bigint NOT NULL,
	"latest_period" integer NOT NULL,
	"latest_value" bigint NOT NULL,
	CONSTRAINT "programme_progress_province_code_programme_id_indicator_id_pk" PRIMARY KEY("province_code","programme_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "programme_report_photos" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"report_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_report_values" (
	"report_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "programme_report_values_report_id_indicator_id_pk" PRIMARY KEY("report_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "programme_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"period_index" integer NOT NULL,
	"note" text,
	"reported_by" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_targets" (
	"programme_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"value" bigint NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_targets_indicator_id_province_code_pk" PRIMARY KEY("indicator_id","province_code")
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text NOT NULL,
	"objective" text NOT NULL,
	"occasion" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"reporting_frequency" text NOT NULL,
	"report_due_days" integer NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programmes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_component_id_programme_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."programme_components"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_activities" ADD CONSTRAINT "programme_activities_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_components" ADD CONSTRAINT "programme_components_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_indicators" ADD CONSTRAINT "programme_indicators_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_indicators" ADD CONSTRAINT "programme_indicators_component_id_programme_components_id_fk" FOREIGN KEY ("component_id") REFERENCES "public"."programme_components"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_report_photos" ADD CONSTRAINT "programme_report_photos_report_id_programme_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."programme_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_report_photos" ADD CONSTRAINT "programme_report_photos_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_report_values" ADD CONSTRAINT "programme_report_values_report_id_programme_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."programme_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_report_values" ADD CONSTRAINT "programme_report_values_indicator_id_programme_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."programme_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reports" ADD CONSTRAINT "programme_reports_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_targets" ADD CONSTRAINT "programme_targets_indicator_id_programme_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."programme_indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "programme_activities_province_idx" ON "programme_activities" USING btree ("province_code","programme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_components_key_idx" ON "programme_components" USING btree ("programme_id","key");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_indicators_key_idx" ON "programme_indicators" USING btree ("component_id","key");--> statement-breakpoint
CREATE INDEX "programme_progress_programme_idx" ON "programme_progress" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "programme_report_photos_report_idx" ON "programme_report_photos" USING btree ("report_id");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_reports_period_idx" ON "programme_reports" USING btree ("province_code","programme_id","period_index");--> statement-breakpoint
CREATE INDEX "programme_targets_programme_idx" ON "programme_targets" USING btree ("programme_id","province_code");