-- The similar-need hint's word half looks first for needs sharing ALL the typed words (ANDed), and
-- only when that finds fewer than the pool does it rank the needs sharing ANY of them. Ranking every
-- need with any typed word cost ts_rank over ~5,000 rows of a province for ขาดแคลน | น้ำ | ประปา
-- (38–41 ms on the national bench at load ~20); the same words ANDed match 509 rows (8–18 ms).
-- The fallback adds the best needs with any of the words to the few that had all of them.
-- Province 30 of the national bench, three typed titles in alternation at load ~16: the whole call
-- 29–34 ms at the median against 74–96 ms before.
-- The old five-argument function goes: the service passes both word queries.
DROP FUNCTION IF EXISTS need_similar_candidates(text, text, text, uuid, integer);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION need_similar_candidates(province text, title_text text, any_words text,
  all_words text, exclude uuid, cap integer)
RETURNS TABLE (id uuid, title_similarity real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
-- Planned per call, as need_text_match_ids is: each call's words and province have their own plan.
SET search_path = public SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  by_words uuid[] := '{}';
BEGIN
  IF NOT (app_scope_all('view') OR province = ANY (app_provinces('view'))) THEN
    RETURN;
  END IF;
  IF all_words IS NOT NULL THEN
    SELECT coalesce(array_agg(w.id), '{}') INTO by_words FROM (
      SELECT w.id FROM needs w
      WHERE w.province_code = province AND w.search_tokens @@ to_tsquery('simple', all_words)
        AND w.status <> 'merged' AND w.id IS DISTINCT FROM exclude
      ORDER BY ts_rank(w.search_tokens, to_tsquery('simple', all_words)) DESC LIMIT cap
    ) w;
  END IF;
  IF any_words IS NOT NULL AND coalesce(array_length(by_words, 1), 0) < cap
    AND any_words IS DISTINCT FROM all_words THEN
    SELECT by_words || coalesce(array_agg(w.id), '{}') INTO by_words FROM (
      SELECT w.id FROM needs w
      WHERE w.province_code = province AND w.search_tokens @@ to_tsquery('simple', any_words)
        AND w.status <> 'merged' AND w.id IS DISTINCT FROM exclude
      ORDER BY ts_rank(w.search_tokens, to_tsquery('simple', any_words)) DESC LIMIT cap
    ) w;
  END IF;
  RETURN QUERY
  SELECT c.id, similarity(n.title, title_text) FROM (
    (SELECT t.id FROM needs t
      WHERE t.province_code = province AND t.status <> 'merged' AND t.id IS DISTINCT FROM exclude
      ORDER BY t.title <-> title_text LIMIT cap)
    UNION
    SELECT unnest(by_words)
  ) c JOIN needs n ON n.id = c.id;
END
$$;
