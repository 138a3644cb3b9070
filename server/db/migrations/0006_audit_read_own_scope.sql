-- Audit events without a province (sign-ins, account edits, reference data) are not about a scoped
-- reader's area: only readers who see every province read them, as the audit service already filters.
-- Inserts keep their own WITH CHECK (true) policy, so a scoped actor still records such events (no
-- RETURNING on audit inserts: the row would have to pass this read rule).
DROP POLICY IF EXISTS scope_read ON audit_events;
--> statement-breakpoint
CREATE POLICY scope_read ON audit_events FOR SELECT TO areaplan_app
  USING ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
