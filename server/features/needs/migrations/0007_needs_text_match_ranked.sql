-- need_text_match_ids again (0005 is merged and stays as it was): the ids come back best first, so
-- the list can order a search by relevance. Rank: the exact reference number first, then ts_rank of
-- the segmented words, then trigram similarity of the title; computed only for the at most
-- `cap` + 1 rows already found (through the indexes, or in the probe), never over the scope.
CREATE OR REPLACE FUNCTION need_text_match_ids(words text, pattern text, reference text, cap integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  -- Read once into variables so each statement is planned for the actual scope (all, or these provinces).
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  query tsquery := CASE WHEN words IS NULL THEN NULL ELSE to_tsquery('simple', words) END;
  needle text := CASE WHEN pattern IS NULL THEN reference ELSE trim(both '%' from pattern) END;
  found uuid[];
BEGIN
  SELECT array_agg(id ORDER BY (reference_no = reference) DESC,
      coalesce(ts_rank(search_tokens, query), 0) DESC, similarity(title, needle) DESC, id)
    INTO found FROM (
    SELECT id, reference_no, search_tokens, title FROM (
      SELECT id, search_tokens, title, description, reference_no FROM needs
      WHERE view_all OR province_code = ANY (provinces)
      ORDER BY created_at DESC, reference_no DESC LIMIT 5000
    ) newest
    WHERE (words IS NOT NULL AND search_tokens @@ to_tsquery('simple', words))
      OR (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern)
      OR reference_no = reference
    LIMIT cap + 1
  ) probe;
  IF coalesce(array_length(found, 1), 0) > cap THEN
    RETURN found;
  END IF;
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
