-- For the portal: districts and subdistricts in force, where a citizen says their need is, and the
-- topics a need is filed under (reference data, no people); a project location's area position,
-- so a project without a drawn point still shows on the map at its area (a district or province
-- without a position of its own sits at the mean of its subdistricts').
CREATE VIEW open_areas AS
SELECT a.code, a.level, a.parent_code, a.province_code, a.name_th, a.name_en
FROM areas a
WHERE a.level IN ('district', 'subdistrict') AND (a.valid_to IS NULL OR a.valid_to >= current_date);
--> statement-breakpoint
CREATE VIEW open_need_dimensions AS
SELECT d.id, d.name_th, d.name_en, d.sort_order FROM need_dimensions d WHERE d.is_active;
--> statement-breakpoint
CREATE OR REPLACE VIEW open_project_locations AS
SELECT l.project_id, l.area_code, a.name_th AS area_name_th, l.geometry,
  coalesce(a.lat, centre.lat) AS area_lat, coalesce(a.lon, centre.lon) AS area_lon
FROM project_locations l
JOIN open_projects p ON p.id = l.project_id
JOIN areas a ON a.code = l.area_code
LEFT JOIN LATERAL (
  SELECT avg(s.lat) AS lat, avg(s.lon) AS lon FROM areas s
  WHERE a.lat IS NULL AND s.level = 'subdistrict'
    AND (s.parent_code = a.code OR (a.level = 'province' AND s.province_code = a.code))
) centre ON true;
--> statement-breakpoint
GRANT SELECT ON open_areas, open_need_dimensions TO areaplan_public;
