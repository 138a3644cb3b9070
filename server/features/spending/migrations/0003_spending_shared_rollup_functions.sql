-- Brings a database that ran 0002 before it used the shared roll-up functions to what 0002 now
-- creates: the read rule under the shared name and the apply function reading the changed rows
-- through app_rollup_delta_rows (same rule, same sums). On a database that ran the new 0002 both
-- are already so.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_policies WHERE tablename = 'spending_agency_rollups'
      AND policyname = 'spending_agency_rollup_read') THEN
    ALTER POLICY spending_agency_rollup_read ON spending_agency_rollups RENAME TO rollup_read;
  END IF;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spending_agency_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  amounts text := CASE TG_TABLE_NAME
    WHEN 'spending_plan_months' THEN '''budget'' AS funds, s.sign * s.planned_satang AS planned, 0::bigint AS committed, 0::bigint AS disbursed'
    ELSE 's.funds, 0::bigint AS planned, s.sign * s.committed_satang AS committed, s.sign * s.disbursed_satang AS disbursed' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO spending_agency_rollups AS r (agency_key, province_code, cluster_key, fiscal_year, fiscal_month,
      funds, planned_satang, committed_satang, disbursed_satang)
    SELECT c.agency_key, c.province_code, c.cluster_key, c.fiscal_year, c.fiscal_month, c.funds,
      sum(c.planned), sum(c.committed), sum(c.disbursed)
    FROM (SELECT coalesce(p.implementing_agency_id, '00000000-0000-0000-0000-000000000000'::uuid) AS agency_key,
      s.province_code, coalesce(s.cluster_id, 0) AS cluster_key, s.fiscal_year, s.fiscal_month, %s
      FROM (%s) s JOIN projects p ON p.id = s.project_id) c
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(c.planned) <> 0 OR sum(c.committed) <> 0 OR sum(c.disbursed) <> 0
    ON CONFLICT (agency_key, province_code, cluster_key, fiscal_year, fiscal_month, funds) DO UPDATE
      SET planned_satang = r.planned_satang + excluded.planned_satang,
        committed_satang = r.committed_satang + excluded.committed_satang,
        disbursed_satang = r.disbursed_satang + excluded.disbursed_satang
  $sql$, amounts, app_rollup_delta_rows(TG_OP));
  RETURN NULL;
END
$$;
