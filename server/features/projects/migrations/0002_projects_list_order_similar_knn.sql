-- The list's order: `order by fiscal_year desc` is DESC NULLS FIRST, so the indexes built DESC NULLS
-- LAST could not give it and the first page sorted a whole fiscal year (40,000 rows nationally,
-- 0.85 s for an analyst, 1.7 s for a planner on the national bench). Rebuilt to match.
--
-- Candidates for the similar-project hint by nearest title trigrams (GiST KNN, led by the province
-- with btree_gist). Under row-level security `similarity() > 0.1` filtered every visible project of
-- the years one by one (a planner: 119,639 rows removed by the filter, ~0.7 s on the national bench);
-- this runs as the owner behind the same wall as the policies (own provinces, or a cluster with a
-- member province in view) and reads about `cap` rows per province through the index.
CREATE EXTENSION IF NOT EXISTS btree_gist;--> statement-breakpoint
DROP INDEX "projects_province_year_code_idx";--> statement-breakpoint
DROP INDEX "projects_year_code_idx";--> statement-breakpoint
CREATE INDEX "projects_province_title_gist_idx" ON "projects" USING gist ("province_code","title" gist_trgm_ops(siglen=64));--> statement-breakpoint
CREATE INDEX "projects_province_year_code_idx" ON "projects" USING btree ("province_code","fiscal_year" DESC NULLS FIRST,"code");--> statement-breakpoint
CREATE INDEX "projects_year_code_idx" ON "projects" USING btree ("fiscal_year" DESC NULLS FIRST,"code");--> statement-breakpoint
CREATE OR REPLACE FUNCTION project_similar_candidates(title_text text, year_from integer, year_to integer, exclude uuid, cap integer)
RETURNS TABLE (id uuid, title_similarity real)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  provinces text[] := app_provinces('view');
  clusters integer[];
BEGIN
  IF app_scope_all('view') THEN
    RETURN QUERY SELECT t.id, similarity(t.title, title_text) FROM (
      SELECT n.id, n.title FROM projects n
      WHERE n.fiscal_year BETWEEN year_from AND year_to AND n.id IS DISTINCT FROM exclude
      ORDER BY n.title <-> title_text LIMIT cap) t;
    RETURN;
  END IF;
  SELECT coalesce(array_agg(DISTINCT m.cluster_id), '{}') INTO clusters FROM cluster_memberships m
    WHERE m.valid_to IS NULL AND m.province_code = ANY (provinces);
  RETURN QUERY SELECT c.id, similarity(c.title, title_text) FROM (
    SELECT nearest.id, nearest.title FROM unnest(provinces) AS own(code), LATERAL (
      SELECT n.id, n.title FROM projects n
      WHERE n.province_code = own.code AND n.fiscal_year BETWEEN year_from AND year_to
        AND n.id IS DISTINCT FROM exclude
      ORDER BY n.title <-> title_text LIMIT cap) nearest
    UNION
    (SELECT n.id, n.title FROM projects n
      WHERE n.cluster_id = ANY (clusters) AND n.fiscal_year BETWEEN year_from AND year_to
        AND n.id IS DISTINCT FROM exclude
      ORDER BY n.title <-> title_text LIMIT cap)
  ) c;
END
$$;
