-- Row-level security for plans. A cluster plan's rows carry the operations-centre province and the
-- cluster id, so every member province's users (and the cluster officer) can read them; writing
-- needs capture of the row's province. Approval moves by central roles (national view, no capture)
-- switch on app.plan_transition for the one update of the version and the one event they write.
CREATE OR REPLACE FUNCTION app_can_view_plan(province text, cluster integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT app_can_view(province) OR (cluster IS NOT NULL AND EXISTS (
    SELECT 1 FROM cluster_memberships m
    WHERE m.cluster_id = cluster AND m.valid_to IS NULL AND app_can_view(m.province_code)))
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_plan_transition_on() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.plan_transition', true), '') = 'on' $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app_enable_plan_rls(target regclass) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
  EXECUTE format('CREATE POLICY plan_read ON %s FOR SELECT TO areaplan_app USING (app_can_view_plan(province_code, cluster_id))', target);
  EXECUTE format('CREATE POLICY plan_insert ON %s FOR INSERT TO areaplan_app WITH CHECK (app_can_capture(province_code))', target);
  EXECUTE format('CREATE POLICY plan_update ON %s FOR UPDATE TO areaplan_app USING (app_can_capture(province_code)) WITH CHECK (app_can_capture(province_code))', target);
  EXECUTE format('CREATE POLICY plan_delete ON %s FOR DELETE TO areaplan_app USING (app_can_capture(province_code))', target);
END
$$;
--> statement-breakpoint
SELECT app_enable_plan_rls('development_plans');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_versions');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_approval_events');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_change_reasons');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_issues');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_objectives');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_kpis');
--> statement-breakpoint
SELECT app_enable_plan_rls('kpi_targets');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_approaches');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_items');
--> statement-breakpoint
SELECT app_enable_plan_rls('item_budgets');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_item_areas');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_item_kpis');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_item_needs');
--> statement-breakpoint
SELECT app_enable_plan_rls('plan_alignment_links');
--> statement-breakpoint
CREATE POLICY plan_transition_update ON plan_versions FOR UPDATE TO areaplan_app
  USING (app_plan_transition_on() AND app_can_view_plan(province_code, cluster_id))
  WITH CHECK (app_plan_transition_on() AND app_can_view_plan(province_code, cluster_id));
--> statement-breakpoint
CREATE POLICY plan_transition_insert ON plan_approval_events FOR INSERT TO areaplan_app
  WITH CHECK (app_plan_transition_on() AND app_can_view_plan(province_code, cluster_id));
--> statement-breakpoint
-- The approval chain is national configuration: everyone reads it, administrators change it.
ALTER TABLE approval_steps ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY national_read ON approval_steps FOR SELECT TO areaplan_app USING (true);
--> statement-breakpoint
CREATE POLICY national_write ON approval_steps FOR UPDATE TO areaplan_app USING (app_can_capture(NULL)) WITH CHECK (app_can_capture(NULL));
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'draft', 'submitted_to_committee', 'submit', 'เสนอ ก.บ.จ. พิจารณา', 'Submit to the provincial committee (ก.บ.จ.)', '["provincial_planner","provincial_head"]'::jsonb, false, false, false, true, 10);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'submitted_to_committee', 'committee_approved', 'committee_approve', 'บันทึกมติ ก.บ.จ. อนุมัติ', 'Record approval by ก.บ.จ.', '["provincial_head"]'::jsonb, true, true, false, true, 20);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'committee_approved', 'submitted_to_centre', 'submit_to_centre', 'ส่งส่วนกลาง (สป.มท./สศช.)', 'Submit to the centre', '["provincial_head"]'::jsonb, false, false, false, true, 30);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'submitted_to_centre', 'regional_approved', 'regional_approve', 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ', 'Record approval by the regional sub-committee', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 40);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'regional_approved', 'knb_approved', 'knb_approve', 'บันทึกมติ ก.น.บ. เห็นชอบ', 'Record approval by ก.น.บ.', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 50);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'knb_approved', 'cabinet_noted', 'cabinet_note', 'บันทึกมติ ครม. รับทราบ', 'Record that the cabinet noted the plan', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 60);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'cabinet_noted', 'published', 'publish', 'ประกาศใช้แผน', 'Publish the plan', '["system_admin","central_analyst"]'::jsonb, false, false, false, false, 70);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'submitted_to_committee', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["provincial_head"]'::jsonb, false, false, true, true, 110);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'committee_approved', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["provincial_head"]'::jsonb, false, false, true, true, 120);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'submitted_to_centre', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 130);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'regional_approved', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 140);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'knb_approved', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 150);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('province', 'cabinet_noted', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 160);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'draft', 'submitted_to_committee', 'submit', 'เสนอ ก.บ.ก. พิจารณา', 'Submit to the cluster committee (ก.บ.ก.)', '["cluster_officer","provincial_planner","provincial_head"]'::jsonb, false, false, false, true, 10);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'submitted_to_committee', 'committee_approved', 'committee_approve', 'บันทึกมติ ก.บ.ก. อนุมัติ', 'Record approval by ก.บ.ก.', '["provincial_head","cluster_officer"]'::jsonb, true, true, false, true, 20);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'committee_approved', 'submitted_to_centre', 'submit_to_centre', 'ส่งส่วนกลาง (สป.มท./สศช.)', 'Submit to the centre', '["provincial_head","cluster_officer"]'::jsonb, false, false, false, true, 30);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'submitted_to_centre', 'regional_approved', 'regional_approve', 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ', 'Record approval by the regional sub-committee', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 40);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'regional_approved', 'knb_approved', 'knb_approve', 'บันทึกมติ ก.น.บ. เห็นชอบ', 'Record approval by ก.น.บ.', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 50);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'knb_approved', 'cabinet_noted', 'cabinet_note', 'บันทึกมติ ครม. รับทราบ', 'Record that the cabinet noted the plan', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 60);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'cabinet_noted', 'published', 'publish', 'ประกาศใช้แผน', 'Publish the plan', '["system_admin","central_analyst"]'::jsonb, false, false, false, false, 70);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'submitted_to_committee', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["provincial_head","cluster_officer"]'::jsonb, false, false, true, true, 110);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'committee_approved', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["provincial_head","cluster_officer"]'::jsonb, false, false, true, true, 120);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'submitted_to_centre', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 130);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'regional_approved', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 140);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'knb_approved', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 150);
--> statement-breakpoint
INSERT INTO approval_steps (scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('cluster', 'cabinet_noted', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 160);
--> statement-breakpoint
-- Approval history is append-only for the app role.
REVOKE UPDATE, DELETE ON plan_approval_events FROM areaplan_app;
