-- The similar-need hint's title half by nearest trigram distance (GiST KNN) instead of `%` then a
-- sort: with `%` every title of the province sharing enough trigrams was fetched and scored (a typed
-- title of common words matched 5,934 of 13,000 rows, ~0.8 s on the national bench); `<->` with
-- LIMIT reads about `cap` rows from an index led by the province (btree_gist), ~50 ms.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
CREATE INDEX "needs_province_title_gist_idx" ON "needs" USING gist ("province_code","title" gist_trgm_ops(siglen=64));--> statement-breakpoint
CREATE OR REPLACE FUNCTION need_similar_candidates(province text, title_text text, words text, exclude uuid, cap integer)
RETURNS TABLE (id uuid, title_similarity real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public AS $$
BEGIN
  IF NOT (app_scope_all('view') OR province = ANY (app_provinces('view'))) THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT c.id, similarity(n.title, title_text) FROM (
    (SELECT t.id FROM needs t
      WHERE t.province_code = province AND t.status <> 'merged' AND t.id IS DISTINCT FROM exclude
      ORDER BY t.title <-> title_text LIMIT cap)
    UNION
    (SELECT w.id FROM needs w
      WHERE words IS NOT NULL AND w.province_code = province
        AND w.search_tokens @@ to_tsquery('simple', words) AND w.status <> 'merged'
        AND w.id IS DISTINCT FROM exclude
      ORDER BY ts_rank(w.search_tokens, to_tsquery('simple', words)) DESC LIMIT cap)
  ) c JOIN needs n ON n.id = c.id;
END
$$;
