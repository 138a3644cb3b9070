-- Events are read by everyone (national ones have no province); the centre (national view) writes
-- any, a province's officers the events of the provinces they view; participants follow their event.
ALTER TABLE training_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_read ON training_events FOR SELECT TO areaplan_app USING (true);
--> statement-breakpoint
CREATE POLICY training_write ON training_events FOR ALL TO areaplan_app
  USING ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]))
  WITH CHECK ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
--> statement-breakpoint
ALTER TABLE training_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_read ON training_participants FOR SELECT TO areaplan_app USING (true);
--> statement-breakpoint
CREATE POLICY training_write ON training_participants FOR ALL TO areaplan_app
  USING ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]))
  WITH CHECK ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
