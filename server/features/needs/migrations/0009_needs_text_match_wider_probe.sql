-- need_text_match_ids with a cheaper and, when needed, wider probe. A common phrase (ขาดแคลนน้ำ:
-- 700 of the newest 5,000 needs, ~14 % of 1 M) stayed under the 1,000 cap in the first probe, so
-- every match was collected through the indexes (p95 341 ms on the national bench); and the probe
-- itself sorted the window's wide rows when the planner chose a province's year index (1.1 s for a
-- 9,000-row window of province 30, on disk). Now the probe finds the window's oldest created_at
-- through the ordered index, then filters the rows from there on behind an OFFSET 0 fence (so the
-- text condition cannot turn into full bitmaps of every match). When the first probe shows enough
-- matches that the cap would be passed within 50,000 rows at the same density, a second probe goes
-- that far; passing the cap there is exact, and the list then walks newest first. Rare words never
-- take the second probe.
CREATE OR REPLACE FUNCTION need_text_match_ids(words text, pattern text, reference text, cap integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
-- Each call is planned for its own scope and window: a cached generic plan cannot use the province
-- index behind `view_all OR province_code = ANY (provinces)`.
SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  -- Read once into variables so each statement is planned for the actual scope (all, or these provinces).
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  query tsquery := CASE WHEN words IS NULL THEN NULL ELSE to_tsquery('simple', words) END;
  needle text := CASE WHEN pattern IS NULL THEN reference ELSE trim(both '%' from pattern) END;
  first_window constant integer := 5000;
  widest_window constant integer := 50000;
  probe_window integer := first_window;
  oldest timestamptz;
  found uuid[];
  found_count integer;
BEGIN
  FOR attempt IN 1..2 LOOP
    SELECT coalesce((SELECT created_at FROM needs WHERE view_all OR province_code = ANY (provinces)
        ORDER BY created_at DESC, reference_no DESC OFFSET probe_window - 1 LIMIT 1), '-infinity')
      INTO oldest;
    SELECT array_agg(id ORDER BY (reference_no = reference) DESC,
        coalesce(ts_rank(search_tokens, query), 0) DESC, similarity(title, needle) DESC, id)
      INTO found FROM (
      SELECT id, reference_no, search_tokens, title FROM (
        SELECT id, search_tokens, title, description, reference_no FROM needs
        WHERE (view_all OR province_code = ANY (provinces)) AND created_at >= oldest
        OFFSET 0
      ) newest
      WHERE (words IS NOT NULL AND search_tokens @@ to_tsquery('simple', words))
        OR (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern)
        OR reference_no = reference
      LIMIT cap + 1
    ) probe;
    found_count := coalesce(array_length(found, 1), 0);
    IF found_count > cap THEN
      RETURN found;
    END IF;
    -- The window in which, at the first probe's density, cap + 1 matches lie (a quarter more for luck).
    EXIT WHEN attempt = 2 OR found_count = 0
      OR first_window::bigint * (cap + 1) * 5 / 4 / found_count > widest_window;
    probe_window := (first_window::bigint * (cap + 1) * 5 / 4 / found_count)::integer;
  END LOOP;
  SELECT coalesce(array_agg(id ORDER BY (reference_no = reference) DESC,
      coalesce(ts_rank(search_tokens, query), 0) DESC, similarity(title, needle) DESC, id), '{}')
    INTO found FROM (
    SELECT id, reference_no, search_tokens, title FROM needs
    WHERE (view_all OR province_code = ANY (provinces))
      AND ((words IS NOT NULL AND search_tokens @@ to_tsquery('simple', words))
        OR (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern)
        OR reference_no = reference)
    LIMIT cap + 1
  ) matched;
  RETURN found;
END
$$;
