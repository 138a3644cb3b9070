-- Text indexes led by the province (btree_gin lets a GIN index hold the plain province_code column).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "needs_search_idx";--> statement-breakpoint
DROP INDEX "needs_title_trgm_idx";--> statement-breakpoint
DROP INDEX "needs_text_trgm_idx";--> statement-breakpoint
CREATE INDEX "needs_province_search_idx" ON "needs" USING gin ("province_code","search_tokens");--> statement-breakpoint
CREATE INDEX "needs_province_title_trgm_idx" ON "needs" USING gin ("province_code","title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "needs_province_text_trgm_idx" ON "needs" USING gin ("province_code",("title" || ' ' || "description") gin_trgm_ops);--> statement-breakpoint
-- Candidates for the similar-need hint, found through the province-led indexes. Under row-level
-- security `%` and `@@` are not leakproof, so they could only filter the province's rows one by one
-- (similarity() over 13,000 Thai titles: ~0.4 s); this runs as the owner behind the same province
-- wall and returns at most `cap` rows by title trigrams (best first) plus `cap` by shared words
-- (most words first), each with its title similarity.
CREATE OR REPLACE FUNCTION need_similar_candidates(province text, title_text text, words text, exclude uuid, cap integer)
RETURNS TABLE (id uuid, title_similarity real)
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = public SET pg_trgm.similarity_threshold = 0.1 AS $$
BEGIN
  IF NOT (app_scope_all('view') OR province = ANY (app_provinces('view'))) THEN
    RETURN;
  END IF;
  RETURN QUERY
  SELECT c.id, similarity(n.title, title_text) FROM (
    (SELECT t.id FROM needs t
      WHERE t.province_code = province AND t.title % title_text AND t.status <> 'merged'
        AND t.id IS DISTINCT FROM exclude
      ORDER BY similarity(t.title, title_text) DESC LIMIT cap)
    UNION
    (SELECT w.id FROM needs w
      WHERE words IS NOT NULL AND w.province_code = province
        AND w.search_tokens @@ to_tsquery('simple', words) AND w.status <> 'merged'
        AND w.id IS DISTINCT FROM exclude
      ORDER BY ts_rank(w.search_tokens, to_tsquery('simple', words)) DESC LIMIT cap)
  ) c JOIN needs n ON n.id = c.id;
END
$$;
