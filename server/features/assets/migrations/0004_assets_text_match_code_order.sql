-- The register's search finds its matches in code order with the register's filters, as the owner
-- behind the same wall (own provinces, or a cluster with a member province in view): the first cap + 1
-- after a cursor. A common word had more than cap matches, so the page fell back to the plain ILIKE
-- under row-level security, where the policies' OR left the planner expecting 3 rows: it read all
-- 50,000 assets and sorted them (ถนน as the national analyst: 128–263 ms for the page). As the owner the
-- planner sees ILIKE's real selectivity and walks assets_code_idx until cap + 1 match (or, for a rare
-- word, sorts the few the trigram index finds), and the page is `id = any(ids)`, which row-level
-- security lets the primary key serve.
DROP FUNCTION asset_text_match_ids(text, integer);--> statement-breakpoint
CREATE FUNCTION asset_text_match_ids(
  pattern text, cap integer, after_code text,
  province text, asset_type text, asset_status text, year integer, project uuid
) RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
-- Planned for each call's scope, filters and word (a generic plan would not know a common word).
SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  found uuid[];
BEGIN
  SELECT coalesce(array_agg(id ORDER BY code), '{}') INTO found FROM (
    SELECT a.id, a.code FROM assets a
    WHERE (view_all OR a.province_code = ANY (provinces) OR a.cluster_id = ANY (ARRAY(
        SELECT m.cluster_id FROM cluster_memberships m
        WHERE m.valid_to IS NULL AND m.province_code = ANY (provinces))))
      AND a.search_text ILIKE pattern
      AND (after_code IS NULL OR a.code > after_code)
      AND (province IS NULL OR a.province_code = province)
      AND (asset_type IS NULL OR a.type = asset_type)
      AND (asset_status IS NULL OR a.status = asset_status)
      AND (year IS NULL OR a.fiscal_year = year)
      AND (project IS NULL OR a.project_id = project)
    ORDER BY a.code
    LIMIT cap + 1
  ) matched;
  RETURN found;
END
$$;
