-- need_text_match_ids skips its probe when the whole register is small (at most 20,000 needs by the
-- planner's estimate: the embedded default holds one province) and searches the indexes once. There the
-- probe read most of the table anyway (at province scale every need is in the planner's province:
-- window bound, 5,000 rows, then a second window), at PGlite's 6–13 µs a row. The one search collects
-- cap + 1 ids unranked and ranks them only when they are all the matches: past the cap the list walks
-- newest first and the ranking was discarded. Sequential scans are off inside the function because
-- with LIMIT the planner priced a scan that stops early below the BitmapOr, not knowing what ILIKE
-- over Thai text costs a row (PGlite, ขาดแคลนน้ำ in province 30: 118 ms scanning, 7 ms by the indexes).
-- A national register keeps the probe: there a province's common word is proved faster by its newest
-- needs than by the GIN posting lists, which span the country (ถนน as the planner: 10–23 ms against 33–43).
CREATE OR REPLACE FUNCTION need_text_match_ids(words text, pattern text, reference text, cap integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public
-- Each call is planned for its own scope and window: a cached generic plan cannot use the province
-- index behind `view_all OR province_code = ANY (provinces)`.
SET plan_cache_mode = force_custom_plan SET enable_seqscan = off AS $$
DECLARE
  -- Read once into variables so each statement is planned for the actual scope (all, or these provinces).
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  query tsquery := CASE WHEN words IS NULL THEN NULL ELSE to_tsquery('simple', words) END;
  needle text := CASE WHEN pattern IS NULL THEN reference ELSE trim(both '%' from pattern) END;
  small_register constant integer := 20000;
  first_window constant integer := 5000;
  widest_window constant integer := 50000;
  probe_window integer := first_window;
  oldest timestamptz;
  found uuid[];
  found_count integer;
BEGIN
  IF (SELECT reltuples FROM pg_class WHERE oid = 'needs'::regclass) > small_register THEN
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
  END IF;
  SELECT coalesce(array_agg(id), '{}') INTO found FROM (
    SELECT id FROM needs
    WHERE (view_all OR province_code = ANY (provinces))
      AND ((words IS NOT NULL AND search_tokens @@ query)
        OR (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern)
        OR reference_no = reference)
    LIMIT cap + 1
  ) matched;
  IF array_length(found, 1) > cap THEN
    RETURN found;
  END IF;
  SELECT coalesce(array_agg(id ORDER BY (reference_no = reference) DESC,
      coalesce(ts_rank(search_tokens, query), 0) DESC, similarity(title, needle) DESC, id), '{}')
    INTO found FROM needs WHERE id = ANY (found);
  RETURN found;
END
$$;
