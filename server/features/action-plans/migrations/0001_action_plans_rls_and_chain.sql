-- Row-level security for action plans: read as plans are (a cluster's rows from every member
-- province), write with capture of the row's province. A central step of the shared approval chain
-- (national view, no capture) may move the status while the chain's switch is on.
SELECT app_enable_plan_rls('action_plans');
--> statement-breakpoint
SELECT app_enable_plan_rls('action_plan_entries');
--> statement-breakpoint
SELECT app_enable_plan_rls('action_plan_change_reasons');
--> statement-breakpoint
CREATE POLICY approval_step_update ON action_plans FOR UPDATE TO areaplan_app
  USING (app_approval_step_on() AND app_can_view_plan(province_code, cluster_id))
  WITH CHECK (app_approval_step_on() AND app_can_view_plan(province_code, cluster_id));
--> statement-breakpoint
-- Ceilings are read where the budget unit is in view and set by the centre (national view).
ALTER TABLE action_plan_ceilings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY ceiling_read ON action_plan_ceilings FOR SELECT TO areaplan_app USING (app_can_view_plan(province_code, cluster_id));
--> statement-breakpoint
CREATE POLICY ceiling_insert ON action_plan_ceilings FOR INSERT TO areaplan_app WITH CHECK ((SELECT app_scope_all('view')));
--> statement-breakpoint
CREATE POLICY ceiling_update ON action_plan_ceilings FOR UPDATE TO areaplan_app USING ((SELECT app_scope_all('view'))) WITH CHECK ((SELECT app_scope_all('view')));
--> statement-breakpoint
-- The action plan's approval chain, per scope, as data (labels name the committees of each scope).
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'province', 'draft', 'submitted_to_committee', 'submit', 'เสนอ ก.บ.จ. พิจารณาแผนปฏิบัติราชการ', 'Submit the action plan to the provincial committee (ก.บ.จ.)', '["provincial_planner","provincial_head"]'::jsonb, false, false, false, true, 10);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'province', 'submitted_to_committee', 'approved', 'committee_approve', 'บันทึกมติ ก.บ.จ. อนุมัติแผนปฏิบัติราชการ', 'Record approval by ก.บ.จ.', '["provincial_head"]'::jsonb, true, true, false, true, 20);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'province', 'approved', 'submitted_to_centre', 'submit_to_region', 'เสนอคณะอนุกรรมการประจำภาค', 'Submit to the regional sub-committee', '["provincial_head"]'::jsonb, false, false, false, true, 30);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'province', 'submitted_to_centre', 'endorsed_by_region', 'regional_endorse', 'บันทึกมติคณะอนุกรรมการประจำภาค เห็นชอบ', 'Record endorsement by the regional sub-committee', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 40);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'province', 'submitted_to_committee', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["provincial_head"]'::jsonb, false, false, true, true, 110);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'province', 'submitted_to_centre', 'approved', 'return', 'ส่งกลับให้ทบทวน', 'Return for reconsideration', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 120);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'cluster', 'draft', 'submitted_to_committee', 'submit', 'เสนอ ก.บ.ก. พิจารณาแผนปฏิบัติราชการ', 'Submit the action plan to the cluster committee (ก.บ.ก.)', '["cluster_officer","provincial_planner","provincial_head"]'::jsonb, false, false, false, true, 10);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'cluster', 'submitted_to_committee', 'approved', 'committee_approve', 'บันทึกมติ ก.บ.ก. อนุมัติแผนปฏิบัติราชการ', 'Record approval by ก.บ.ก.', '["provincial_head","cluster_officer"]'::jsonb, true, true, false, true, 20);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'cluster', 'approved', 'submitted_to_centre', 'submit_to_region', 'เสนอคณะอนุกรรมการประจำภาค', 'Submit to the regional sub-committee', '["provincial_head","cluster_officer"]'::jsonb, false, false, false, true, 30);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'cluster', 'submitted_to_centre', 'endorsed_by_region', 'regional_endorse', 'บันทึกมติคณะอนุกรรมการประจำภาค เห็นชอบ', 'Record endorsement by the regional sub-committee', '["system_admin","central_analyst"]'::jsonb, true, true, false, false, 40);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'cluster', 'submitted_to_committee', 'draft', 'return', 'ส่งกลับแก้ไข', 'Return for revision', '["provincial_head","cluster_officer"]'::jsonb, false, false, true, true, 110);
--> statement-breakpoint
INSERT INTO approval_steps (document_type, scope, from_status, to_status, action, label_th, label_en, roles, requires_meeting, requires_date, requires_reason, needs_capture, sort_order) VALUES ('action_plan', 'cluster', 'submitted_to_centre', 'approved', 'return', 'ส่งกลับให้ทบทวน', 'Return for reconsideration', '["system_admin","central_analyst"]'::jsonb, false, false, true, false, 120);
