CREATE TABLE "project_rule_verdicts" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"scope" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"status" text NOT NULL,
	"generation" bigint DEFAULT 1 NOT NULL,
	"judged_generation" bigint DEFAULT 0 NOT NULL,
	"rule_set_id" uuid,
	"rule_set_revision" integer,
	"failing" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failing_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_verdict_rollups" (
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"status" text NOT NULL,
	"failing" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rule_verdict_rollups_province_code_fiscal_year_status_pk" PRIMARY KEY("province_code","fiscal_year","status")
);
--> statement-breakpoint
ALTER TABLE "project_rule_verdicts" ADD CONSTRAINT "project_rule_verdicts_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_rule_verdicts" ADD CONSTRAINT "project_rule_verdicts_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "project_rule_verdicts_failing_idx" ON "project_rule_verdicts" USING btree ("province_code","fiscal_year","code") WHERE "project_rule_verdicts"."failing_count" > 0 and "project_rule_verdicts"."scope" = 'province';--> statement-breakpoint
CREATE INDEX "project_rule_verdicts_stale_idx" ON "project_rule_verdicts" USING btree ("province_code","fiscal_year") WHERE "project_rule_verdicts"."generation" <> "project_rule_verdicts"."judged_generation";