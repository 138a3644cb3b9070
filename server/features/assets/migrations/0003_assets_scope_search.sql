CREATE INDEX "assets_cluster_code_idx" ON "assets" USING btree ("cluster_id","code") WHERE "assets"."cluster_id" is not null;--> statement-breakpoint
CREATE INDEX "assets_province_no_receiver_idx" ON "assets" USING btree ("province_code","code") WHERE "assets"."status" in ('registered', 'transfer_proposed', 'receiver_accepted', 'transfer_approved') and "assets"."custodian_agency_id" is null and "assets"."custodian_name" is null;--> statement-breakpoint
-- The register's search under row-level security: ILIKE is not leakproof, so the policies kept the
-- trigram index unused and a search read every row of the reader's scope. This matches as the owner
-- with the same wall applied explicitly (own provinces, or a cluster with a member province in view;
-- read into variables so each statement is planned for the actual scope) and returns at most cap + 1
-- ids for the list to page over.
CREATE OR REPLACE FUNCTION asset_text_match_ids(pattern text, cap integer) RETURNS uuid[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
DECLARE
  view_all boolean := app_scope_all('view');
  provinces text[] := app_provinces('view');
  found uuid[];
BEGIN
  SELECT coalesce(array_agg(id), '{}') INTO found FROM (
    SELECT a.id FROM assets a
    WHERE (view_all OR a.province_code = ANY (provinces) OR a.cluster_id = ANY (ARRAY(
        SELECT m.cluster_id FROM cluster_memberships m
        WHERE m.valid_to IS NULL AND m.province_code = ANY (provinces))))
      AND a.search_text ILIKE pattern
    LIMIT cap + 1
  ) matched;
  RETURN found;
END
$$;
