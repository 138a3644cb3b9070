CREATE TABLE "spending_agency_rollups" (
	"agency_key" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_key" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"fiscal_month" integer NOT NULL,
	"funds" text NOT NULL,
	"planned_satang" bigint DEFAULT 0 NOT NULL,
	"committed_satang" bigint DEFAULT 0 NOT NULL,
	"disbursed_satang" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "spending_agency_rollups_agency_key_province_code_cluster_key_fiscal_year_fiscal_month_funds_pk" PRIMARY KEY("agency_key","province_code","cluster_key","fiscal_year","fiscal_month","funds")
);
--> statement-breakpoint
-- Agencies' roll-ups follow the same walls as spending_rollups and are written only by triggers
-- (the shared roll-up functions of the platform's 0007; a database that ran this file before it has
-- the same rule under its own name, renamed by 0003).
SELECT app_enable_rollup_rls('spending_agency_rollups');
--> statement-breakpoint
-- Runs as the owner: it adds what the writing statement changed, under the project's agency (the
-- nil uuid for none). Rows whose project is gone (a cascade from its deletion) were taken off by
-- the projects trigger below before the project went.
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
--> statement-breakpoint
-- A project's figures under one agency key, signed: taken off its old agency when the agency
-- changes or the project is deleted, put on the new one on a change.
CREATE OR REPLACE FUNCTION spending_agency_rollups_shift(project uuid, agency uuid, sign integer) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  INSERT INTO spending_agency_rollups AS r (agency_key, province_code, cluster_key, fiscal_year, fiscal_month,
    funds, planned_satang, committed_satang, disbursed_satang)
  SELECT coalesce(agency, '00000000-0000-0000-0000-000000000000'::uuid), f.province_code,
    coalesce(f.cluster_id, 0), f.fiscal_year, f.fiscal_month, f.funds,
    sign * sum(f.planned), sign * sum(f.committed), sign * sum(f.disbursed)
  FROM (SELECT province_code, cluster_id, fiscal_year, fiscal_month, 'budget' AS funds, planned_satang AS planned,
      0::bigint AS committed, 0::bigint AS disbursed FROM spending_plan_months WHERE project_id = project
    UNION ALL SELECT province_code, cluster_id, fiscal_year, fiscal_month, funds, 0::bigint, committed_satang,
      disbursed_satang FROM spending_actuals WHERE project_id = project) f
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(f.planned) <> 0 OR sum(f.committed) <> 0 OR sum(f.disbursed) <> 0
  ON CONFLICT (agency_key, province_code, cluster_key, fiscal_year, fiscal_month, funds) DO UPDATE
    SET planned_satang = r.planned_satang + excluded.planned_satang,
      committed_satang = r.committed_satang + excluded.committed_satang,
      disbursed_satang = r.disbursed_satang + excluded.disbursed_satang
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION spending_agency_rollups_project() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
  PERFORM spending_agency_rollups_shift(OLD.id, OLD.implementing_agency_id, -1);
  IF TG_OP = 'UPDATE' THEN
    PERFORM spending_agency_rollups_shift(NEW.id, NEW.implementing_agency_id, 1);
    RETURN NEW;
  END IF;
  RETURN OLD;
END
$$;
--> statement-breakpoint
CREATE TRIGGER spending_agency_rollups_agency_change AFTER UPDATE OF implementing_agency_id ON projects
  FOR EACH ROW WHEN (OLD.implementing_agency_id IS DISTINCT FROM NEW.implementing_agency_id)
  EXECUTE FUNCTION spending_agency_rollups_project();
--> statement-breakpoint
CREATE TRIGGER spending_agency_rollups_project_delete BEFORE DELETE ON projects
  FOR EACH ROW EXECUTE FUNCTION spending_agency_rollups_project();
--> statement-breakpoint
-- Named here rather than by app_attach_rollup_triggers, which names a table's triggers after the
-- table: these tables feed spending_rollups too.
CREATE TRIGGER spending_plan_agency_rollups_insert AFTER INSERT ON spending_plan_months REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_agency_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_plan_agency_rollups_update AFTER UPDATE ON spending_plan_months REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_agency_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_plan_agency_rollups_delete AFTER DELETE ON spending_plan_months REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_agency_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_actual_agency_rollups_insert AFTER INSERT ON spending_actuals REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_agency_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_actual_agency_rollups_update AFTER UPDATE ON spending_actuals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_agency_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER spending_actual_agency_rollups_delete AFTER DELETE ON spending_actuals REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION spending_agency_rollups_apply();
--> statement-breakpoint
-- Figures already kept before this migration.
INSERT INTO spending_agency_rollups (agency_key, province_code, cluster_key, fiscal_year, fiscal_month, funds,
  planned_satang, committed_satang, disbursed_satang)
SELECT coalesce(p.implementing_agency_id, '00000000-0000-0000-0000-000000000000'::uuid), f.province_code,
  coalesce(f.cluster_id, 0), f.fiscal_year, f.fiscal_month, f.funds, sum(f.planned), sum(f.committed), sum(f.disbursed)
FROM (SELECT project_id, province_code, cluster_id, fiscal_year, fiscal_month, 'budget' AS funds,
    planned_satang AS planned, 0::bigint AS committed, 0::bigint AS disbursed FROM spending_plan_months
  UNION ALL SELECT project_id, province_code, cluster_id, fiscal_year, fiscal_month, funds, 0::bigint,
    committed_satang, disbursed_satang FROM spending_actuals) f
JOIN projects p ON p.id = f.project_id
GROUP BY 1, 2, 3, 4, 5, 6
HAVING sum(f.planned) <> 0 OR sum(f.committed) <> 0 OR sum(f.disbursed) <> 0;
