CREATE TABLE "indicator_rollups" (
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"area_code" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text NOT NULL,
	"province_code" text NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"reporting_areas" integer NOT NULL,
	CONSTRAINT "indicator_rollups_indicator_id_year_area_code_pk" PRIMARY KEY("indicator_id","year","area_code")
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"target" double precision NOT NULL,
	"updated_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_targets_indicator_id_province_code_pk" PRIMARY KEY("indicator_id","province_code")
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"indicator_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"area_code" text NOT NULL,
	"province_code" text NOT NULL,
	"level" text NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"job_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_indicator_id_year_area_code_pk" PRIMARY KEY("indicator_id","year","area_code")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"source" text NOT NULL,
	"source_name" text,
	"dimension" text,
	"name_th" text NOT NULL,
	"name_en" text NOT NULL,
	"unit_th" text NOT NULL,
	"unit_en" text NOT NULL,
	"direction" text NOT NULL,
	"aggregation" text NOT NULL,
	"ratio_scale" integer DEFAULT 100 NOT NULL,
	"default_target" double precision,
	"since_year" integer,
	"verified" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "need_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"cited_by" uuid,
	"cited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"need_id" uuid NOT NULL,
	"province_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plan_issue_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"cited_by" uuid,
	"cited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"plan_issue_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer
);
--> statement-breakpoint
ALTER TABLE "indicator_rollups" ADD CONSTRAINT "indicator_rollups_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_evidence" ADD CONSTRAINT "need_evidence_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_evidence" ADD CONSTRAINT "need_evidence_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_issue_evidence" ADD CONSTRAINT "plan_issue_evidence_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_issue_evidence" ADD CONSTRAINT "plan_issue_evidence_plan_issue_id_plan_issues_id_fk" FOREIGN KEY ("plan_issue_id") REFERENCES "public"."plan_issues"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_issue_evidence" ADD CONSTRAINT "plan_issue_evidence_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_rollups_parent_idx" ON "indicator_rollups" USING btree ("indicator_id","parent_code","year");--> statement-breakpoint
CREATE INDEX "indicator_rollups_province_idx" ON "indicator_rollups" USING btree ("province_code","year");--> statement-breakpoint
CREATE INDEX "indicator_values_province_idx" ON "indicator_values" USING btree ("province_code","indicator_id","year");--> statement-breakpoint
CREATE INDEX "indicator_values_area_idx" ON "indicator_values" USING btree ("area_code");--> statement-breakpoint
CREATE UNIQUE INDEX "need_evidence_cite_idx" ON "need_evidence" USING btree ("need_id","indicator_id","area_code","year");--> statement-breakpoint
CREATE INDEX "need_evidence_province_idx" ON "need_evidence" USING btree ("province_code");--> statement-breakpoint
CREATE UNIQUE INDEX "plan_issue_evidence_cite_idx" ON "plan_issue_evidence" USING btree ("plan_issue_id","indicator_id","area_code","year");