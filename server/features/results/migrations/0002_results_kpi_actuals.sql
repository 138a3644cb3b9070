CREATE TABLE "kpi_actuals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kpi_id" uuid NOT NULL,
	"plan_version_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"area_code" text,
	"fiscal_year" integer NOT NULL,
	"period" integer NOT NULL,
	"target_value" numeric NOT NULL,
	"actual_value" numeric NOT NULL,
	"achievement_bp" integer NOT NULL,
	"achieved" boolean NOT NULL,
	"data_source" text NOT NULL,
	"note" text,
	"reported_by" uuid,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kpi_rollups" (
	"province_code" text NOT NULL,
	"cluster_key" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"kpis" integer DEFAULT 0 NOT NULL,
	"kpis_achieved" integer DEFAULT 0 NOT NULL,
	"achievement_bp_sum" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "kpi_rollups_province_code_cluster_key_fiscal_year_pk" PRIMARY KEY("province_code","cluster_key","fiscal_year")
);
--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_kpi_id_plan_kpis_id_fk" FOREIGN KEY ("kpi_id") REFERENCES "public"."plan_kpis"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kpi_actuals" ADD CONSTRAINT "kpi_actuals_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "kpi_actuals_cell_idx" ON "kpi_actuals" USING btree ("kpi_id","fiscal_year","period",coalesce("area_code", ''));--> statement-breakpoint
CREATE INDEX "kpi_actuals_province_idx" ON "kpi_actuals" USING btree ("province_code","fiscal_year","achieved");--> statement-breakpoint
-- KPI values follow their plan's wall: the plan's province and cluster, as project rows do.
SELECT app_enable_project_rls('kpi_actuals');
--> statement-breakpoint
SELECT app_enable_rollup_rls('kpi_rollups');
--> statement-breakpoint
-- Yearly whole-area values only: the figure each yearly target is judged by.
CREATE OR REPLACE FUNCTION kpi_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    INSERT INTO kpi_rollups AS r (province_code, cluster_key, fiscal_year, kpis, kpis_achieved, achievement_bp_sum)
    SELECT s.province_code, coalesce(s.cluster_id, 0), s.fiscal_year, sum(s.sign),
      sum(CASE WHEN s.achieved THEN s.sign ELSE 0 END),
      sum(s.sign * least(greatest(s.achievement_bp, 0), 10000))::bigint
    FROM (%s) s
    WHERE s.period = 0 AND s.area_code IS NULL
    GROUP BY 1, 2, 3
    ON CONFLICT (province_code, cluster_key, fiscal_year) DO UPDATE
      SET kpis = r.kpis + excluded.kpis, kpis_achieved = r.kpis_achieved + excluded.kpis_achieved,
        achievement_bp_sum = r.achievement_bp_sum + excluded.achievement_bp_sum
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
--> statement-breakpoint
SELECT app_attach_rollup_triggers('kpi_actuals', 'kpi_rollups_apply');
--> statement-breakpoint
-- The results roll-up moves onto the shared read rule and delta rows (same sums).
DROP POLICY result_rollup_read ON result_rollups;
--> statement-breakpoint
SELECT app_enable_rollup_rls('result_rollups');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION result_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  amounts text := CASE TG_TABLE_NAME
    WHEN 'progress_reports' THEN 's.sign AS reports, s.sign * s.physical_percent AS percent,
      CASE WHEN s.status IN (''delayed'', ''at_risk'') THEN s.sign ELSE 0 END AS delayed,
      CASE WHEN s.status = ''completed'' THEN s.sign ELSE 0 END AS completed,
      0 AS indicators, 0 AS achieved, 0::bigint AS bp'
    ELSE '0 AS reports, 0 AS percent, 0 AS delayed, 0 AS completed, s.sign AS indicators,
      CASE WHEN s.achieved THEN s.sign ELSE 0 END AS achieved,
      (s.sign * least(greatest(s.achievement_bp, 0), 10000))::bigint AS bp' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO result_rollups AS r (province_code, cluster_key, fiscal_year, quarter, progress_reports,
      physical_percent_sum, delayed_reports, completed_reports, indicators, indicators_achieved, achievement_bp_sum)
    SELECT c.province_code, c.cluster_key, c.fiscal_year, c.quarter, sum(c.reports), sum(c.percent),
      sum(c.delayed), sum(c.completed), sum(c.indicators), sum(c.achieved), sum(c.bp)
    FROM (SELECT s.province_code, coalesce(s.cluster_id, 0) AS cluster_key, s.fiscal_year, s.quarter, %s
      FROM (%s) s) c
    GROUP BY 1, 2, 3, 4
    ON CONFLICT (province_code, cluster_key, fiscal_year, quarter) DO UPDATE
      SET progress_reports = r.progress_reports + excluded.progress_reports,
        physical_percent_sum = r.physical_percent_sum + excluded.physical_percent_sum,
        delayed_reports = r.delayed_reports + excluded.delayed_reports,
        completed_reports = r.completed_reports + excluded.completed_reports,
        indicators = r.indicators + excluded.indicators,
        indicators_achieved = r.indicators_achieved + excluded.indicators_achieved,
        achievement_bp_sum = r.achievement_bp_sum + excluded.achievement_bp_sum
  $sql$, amounts, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
