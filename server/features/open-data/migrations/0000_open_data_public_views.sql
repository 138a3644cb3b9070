-- The public read path. The portal and the open-data API run as areaplan_public, a role that may
-- read only these views: each selects published rows and public columns of a private table, so a
-- query that forgets a WHERE (or names a private table) fails with "permission denied" instead of
-- leaking. The views run with their owner's rights, so the app role's province wall does not apply;
-- what they select is the whole of what is public. Keep the status lists equal to domain/open-data.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'areaplan_public') THEN
    CREATE ROLE areaplan_public NOLOGIN;
  END IF;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'areaplan_public', 'MEMBER') THEN
    EXECUTE format('GRANT areaplan_public TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO areaplan_public;
--> statement-breakpoint
CREATE VIEW open_provinces AS
SELECT a.code, a.name_th, a.name_en, a.lat, a.lon
FROM areas a
WHERE a.level = 'province' AND a.valid_to IS NULL;
--> statement-breakpoint
-- Districts and subdistricts in force, where a citizen says their need is (reference data, no people).
CREATE VIEW open_areas AS
SELECT a.code, a.level, a.parent_code, a.province_code, a.name_th, a.name_en
FROM areas a
WHERE a.level IN ('district', 'subdistrict') AND (a.valid_to IS NULL OR a.valid_to >= current_date);
--> statement-breakpoint
CREATE VIEW open_need_dimensions AS
SELECT d.id, d.name_th, d.name_en, d.sort_order FROM need_dimensions d WHERE d.is_active;
--> statement-breakpoint
CREATE VIEW open_projects AS
SELECT p.id, p.code, p.fiscal_year, p.province_code, p.cluster_id, p.scope, p.title, p.objective,
  p.budget_type, p.category, p.total_satang, p.status, p.status_changed_at,
  p.beneficiary_households, p.beneficiary_people,
  p.emenscr_code, p.budget_bureau_code, p.gfmis_code, p.egp_number,
  ag.name_th AS implementing_agency_name, p.updated_at
FROM projects p
LEFT JOIN agencies ag ON ag.id = p.implementing_agency_id
WHERE p.status IN ('in_action_plan', 'requested', 'in_draft_bill', 'allocated', 'spending', 'completed',
  'closed', 'carried_over');
--> statement-breakpoint
CREATE VIEW open_project_locations AS
SELECT l.project_id, l.area_code, a.name_th AS area_name_th, l.geometry
FROM project_locations l
JOIN open_projects p ON p.id = l.project_id
JOIN areas a ON a.code = l.area_code;
--> statement-breakpoint
CREATE VIEW open_project_spending AS
SELECT s.project_id, p.province_code, s.fiscal_year, s.fiscal_month,
  sum(s.committed_satang)::bigint AS committed_satang, sum(s.disbursed_satang)::bigint AS disbursed_satang
FROM spending_actuals s
JOIN open_projects p ON p.id = s.project_id
GROUP BY s.project_id, p.province_code, s.fiscal_year, s.fiscal_month;
--> statement-breakpoint
-- Needs answered by a project: what and where, counts only; never who raised it or their documents.
CREATE VIEW open_project_needs AS
SELECT n.id, n.reference_no, p.id AS project_id, n.province_code, n.area_code,
  a.name_th AS area_name_th, n.title, n.households, n.people
FROM needs n
JOIN areas a ON a.code = n.area_code
JOIN open_projects p ON p.id::text = n.linked_entity_id
WHERE n.linked_entity_type = 'project' AND n.status <> 'merged';
--> statement-breakpoint
CREATE VIEW open_assets AS
SELECT s.id, s.code, s.project_id, s.province_code, s.fiscal_year, s.type, s.description, s.quantity,
  s.unit, s.value_satang, s.handover_date, s.location_area_code, s.latitude, s.longitude, s.condition,
  s.status, s.gfmis_asset_no
FROM assets s
JOIN open_projects p ON p.id = s.project_id;
--> statement-breakpoint
CREATE VIEW open_plans AS
SELECT v.id, v.plan_id, d.scope, d.province_code, d.cluster_id, d.title, d.period_start, d.period_end,
  v.version_no, v.kind, v.review_fiscal_year, v.vision, v.development_goal, v.published_at
FROM plan_versions v
JOIN development_plans d ON d.id = v.plan_id
WHERE v.status = 'published';
--> statement-breakpoint
CREATE VIEW open_action_plans AS
SELECT ap.id, ap.scope, ap.province_code, ap.cluster_id, ap.budget_unit, ap.fiscal_year, ap.version_no,
  ap.status, ap.status_changed_at
FROM action_plans ap
WHERE ap.status IN ('approved', 'submitted_to_centre', 'endorsed_by_region');
--> statement-breakpoint
CREATE VIEW open_action_plan_entries AS
SELECT e.action_plan_id, e.project_id, e.entry_class, e.rank, e.amount_satang
FROM action_plan_entries e
JOIN open_action_plans ap ON ap.id = e.action_plan_id
JOIN open_projects p ON p.id = e.project_id;
--> statement-breakpoint
GRANT SELECT ON open_provinces, open_areas, open_need_dimensions, open_projects, open_project_locations, open_project_spending,
  open_project_needs, open_assets, open_plans, open_action_plans, open_action_plan_entries TO areaplan_public;
