-- A cluster's failing projects are counted by cluster (the cluster office's home), read as its projects
-- are: by the placement province or any member province.
SELECT app_enable_rollup_rls('rule_verdict_cluster_rollups');
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rule_verdict_cluster_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  EXECUTE format($sql$
    INSERT INTO rule_verdict_cluster_rollups AS r (cluster_key, province_code, fiscal_year, status, failing)
    SELECT v.cluster_id, v.province_code, v.fiscal_year, v.status, sum(v.sign)
    FROM (%s) v WHERE v.failing_count > 0 AND v.scope = 'cluster' AND v.cluster_id IS NOT NULL
    GROUP BY 1, 2, 3, 4 HAVING sum(v.sign) <> 0
    ON CONFLICT (cluster_key, fiscal_year, status, province_code) DO UPDATE SET failing = r.failing + excluded.failing
  $sql$, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
--> statement-breakpoint
SELECT app_attach_rollup_triggers('project_rule_verdicts', 'rule_verdict_cluster_rollups_apply', 'cluster_rollup');
--> statement-breakpoint
-- Verdicts stored before this migration.
INSERT INTO rule_verdict_cluster_rollups (cluster_key, province_code, fiscal_year, status, failing)
  SELECT cluster_id, province_code, fiscal_year, status, count(*) FROM project_rule_verdicts
  WHERE failing_count > 0 AND scope = 'cluster' AND cluster_id IS NOT NULL
  GROUP BY 1, 2, 3, 4;
