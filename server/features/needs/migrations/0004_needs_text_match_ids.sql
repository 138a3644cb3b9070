-- Row-level security lets only leakproof conditions use an index, and @@, ILIKE are not leakproof, so
-- under the policies a rare word would scan every row. This runs the text match as the owner with the
-- same province wall applied explicitly, and returns at most `cap` + 1 ids (newest first, so a common
-- word walks the created_at index and stops early) for the app to page over.
CREATE OR REPLACE FUNCTION need_text_match_ids(words text, pattern text, reference text, cap integer)
RETURNS uuid[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT coalesce(array_agg(id), '{}') FROM (
    SELECT id FROM needs
    WHERE (app_scope_all('view') OR province_code = ANY (app_provinces('view')))
      AND ((words IS NOT NULL AND search_tokens @@ to_tsquery('simple', words))
        OR (pattern IS NOT NULL AND (title || ' ' || description) ILIKE pattern)
        OR reference_no = reference)
    ORDER BY created_at DESC, reference_no DESC
    LIMIT cap + 1
  ) matched
$$;
