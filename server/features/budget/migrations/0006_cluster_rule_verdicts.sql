CREATE TABLE "rule_verdict_cluster_rollups" (
	"cluster_key" integer NOT NULL,
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"status" text NOT NULL,
	"failing" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "rule_verdict_cluster_rollups_cluster_key_fiscal_year_status_province_code_pk" PRIMARY KEY("cluster_key","fiscal_year","status","province_code")
);
--> statement-breakpoint
CREATE INDEX "project_rule_verdicts_cluster_failing_idx" ON "project_rule_verdicts" USING btree ("cluster_id","fiscal_year","code") WHERE "project_rule_verdicts"."failing_count" > 0 and "project_rule_verdicts"."scope" = 'cluster';--> statement-breakpoint
CREATE INDEX "project_rule_verdicts_cluster_stale_idx" ON "project_rule_verdicts" USING btree ("cluster_id","fiscal_year") WHERE "project_rule_verdicts"."generation" <> "project_rule_verdicts"."judged_generation" and "project_rule_verdicts"."scope" = 'cluster';