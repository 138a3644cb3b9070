-- Notices are written by jobs as the owner; a user reads those of the provinces they may view.
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_read ON notifications FOR SELECT TO areaplan_app USING (
  (SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
--> statement-breakpoint
-- A user sees and marks only their own reads.
ALTER TABLE notification_reads ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notification_reads_own ON notification_reads FOR ALL TO areaplan_app
  USING (user_id::text = current_setting('app.user_id', true))
  WITH CHECK (user_id::text = current_setting('app.user_id', true));
