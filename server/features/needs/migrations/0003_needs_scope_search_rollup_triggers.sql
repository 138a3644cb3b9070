-- Province walls an index on province_code can serve (see app_enable_indexed_province_rls).
SELECT app_enable_indexed_province_rls('needs');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('need_sources');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('need_attachments');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('need_counters');
--> statement-breakpoint
SELECT app_enable_indexed_province_rls('need_rollups');
--> statement-breakpoint
-- The roll-up cells one need counts in: each area prefix (2, 4, 6) × status, and dimension and
-- origin while it is not merged into another need.
CREATE OR REPLACE FUNCTION need_rollup_cells(area_code text, status text, dimension_id integer, origin text)
RETURNS TABLE (scope_level integer, scope_code text, kind text, key text)
LANGUAGE sql IMMUTABLE AS $$
  SELECT l.level, left(area_code, l.level), k.kind, k.key
  FROM (VALUES (2), (4), (6)) AS l(level)
  CROSS JOIN (VALUES ('status', status),
                     ('dimension', CASE WHEN status <> 'merged' THEN dimension_id::text END),
                     ('origin', CASE WHEN status <> 'merged' THEN origin END)) AS k(kind, key)
  WHERE k.key IS NOT NULL
$$;
--> statement-breakpoint
-- Runs as the owner: it only adds what the writing statement changed, which RLS already allowed.
CREATE OR REPLACE FUNCTION need_rollups_apply() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
  changed text := CASE TG_OP
    WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_needs'
    WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_needs'
    ELSE 'SELECT 1 AS sign, * FROM new_needs UNION ALL SELECT -1 AS sign, * FROM old_needs' END;
BEGIN
  EXECUTE format($sql$
    INSERT INTO need_rollups AS r (scope_code, scope_level, province_code, fiscal_year, kind, key, needs, households, people)
    SELECT c.scope_code, c.scope_level, n.province_code, n.fiscal_year, c.kind, c.key,
      sum(n.sign), sum(n.sign * n.households), sum(n.sign * n.people)
    FROM (%s) n, need_rollup_cells(n.area_code, n.status, n.dimension_id, n.origin) c
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(n.sign) <> 0 OR sum(n.sign * n.households) <> 0 OR sum(n.sign * n.people) <> 0
    ON CONFLICT (scope_level, scope_code, kind, fiscal_year, key) DO UPDATE
      SET needs = r.needs + excluded.needs, households = r.households + excluded.households,
        people = r.people + excluded.people
  $sql$, changed);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER need_rollups_insert AFTER INSERT ON needs REFERENCING NEW TABLE AS new_needs
  FOR EACH STATEMENT EXECUTE FUNCTION need_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER need_rollups_update AFTER UPDATE ON needs REFERENCING OLD TABLE AS old_needs NEW TABLE AS new_needs
  FOR EACH STATEMENT EXECUTE FUNCTION need_rollups_apply();
--> statement-breakpoint
CREATE TRIGGER need_rollups_delete AFTER DELETE ON needs REFERENCING OLD TABLE AS old_needs
  FOR EACH STATEMENT EXECUTE FUNCTION need_rollups_apply();
--> statement-breakpoint
-- Recomputes every roll-up from the needs, after a bulk load with triggers off.
CREATE OR REPLACE FUNCTION need_rollups_rebuild() RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
  TRUNCATE need_rollups;
  INSERT INTO need_rollups (scope_code, scope_level, province_code, fiscal_year, kind, key, needs, households, people)
    SELECT c.scope_code, c.scope_level, n.province_code, n.fiscal_year, c.kind, c.key, count(*), sum(n.households), sum(n.people)
    FROM needs n, need_rollup_cells(n.area_code, n.status, n.dimension_id, n.origin) c
    GROUP BY 1, 2, 3, 4, 5, 6;
$$;
