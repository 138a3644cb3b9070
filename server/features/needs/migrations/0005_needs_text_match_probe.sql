-- need_text_match_ids again (0004 is merged and stays as it was): planned per scope, common words by probe.
-- Row-level security lets only leakproof conditions use an index, and @@, ILIKE are not leakproof, so
-- under the policies a rare word would scan every row. This runs the text match as the owner with the
-- same province wall applied explicitly, and returns at most `cap` + 1 ids for the app to page over.
-- A common word (more than `cap` matches among the newest 5,000 rows) is answered from that probe,
-- so its bitmap is never built; the app then walks the created_at index and stops after a page.
CREATE OR REPLACE FUNCTION need_text_match_ids(words text, pattern text, reference text, cap integer)
RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  -- Read once into variables so each statement is planned for the actual scope (all, or these provinces).
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  found uuid[];
BEGIN
  SELECT array_agg(id) INTO found FROM (
    SELECT id FROM (
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
  SELECT coalesce(array_agg(id), '{}') INTO found FROM (
    SELECT id FROM needs
    WHERE (view_all OR province_code = ANY (provinces))
      AND ((words IS NOT NULL AND search_tokens @@ to_tsquery('simple', words))
        OR (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern)
        OR reference_no = reference)
    LIMIT cap + 1
  ) matched;
  RETURN found;
END
$$;
