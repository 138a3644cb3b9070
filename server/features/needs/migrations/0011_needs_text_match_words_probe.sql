-- need_text_match_ids' probe of the newest needs is cheaper: it only has to show that more than
-- `cap` needs match, so it no longer ranks what it found (ts_rank and Thai trigram similarity over
-- 1,001 rows, discarded when the list then walks newest first), and when the query has words it
-- tests only the segmented words (GIN-kept tsvector, cheap per row): any need they match is a
-- match, so more than `cap` of them proves the phrase common. The substring arm (ILIKE over
-- title and description, ~6 µs a Thai row) is left to the index search that follows when the probe
-- does not pass the cap, which still collects every match of either arm. ขาดแคลนน้ำ as the national
-- analyst, in alternation at load ~23: 217 ms at the median before, 202 ms without the ranking,
-- 85 ms with the words-only probe.
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
    SELECT array_agg(id) INTO found FROM (
      SELECT id FROM (
        SELECT id, search_tokens, title, description, reference_no FROM needs
        WHERE (view_all OR province_code = ANY (provinces)) AND created_at >= oldest
        OFFSET 0
      ) newest
      WHERE CASE WHEN words IS NOT NULL THEN search_tokens @@ query
        ELSE (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern) OR reference_no = reference END
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
