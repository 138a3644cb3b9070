-- Photos of results of published projects, for the portal: the picture, what it shows (caption,
-- before/after) and its quarter. Never who uploaded it, its file name, nor the position read from
-- it (a site photo may be taken at someone's house; the project's own location says where it is),
-- and the portal strips the photo's own metadata before serving it. Documents (PDF) stay internal.
CREATE VIEW open_result_photos AS
SELECT e.id, e.project_id, e.province_code, r.fiscal_year, r.quarter, e.phase, e.pair_of, e.caption,
  e.mime_type, e.uploaded_at, f.content
FROM result_evidence e
JOIN open_projects p ON p.id = e.project_id
JOIN progress_reports r ON r.id = e.report_id
JOIN stored_files f ON f.id = e.file_id
WHERE e.mime_type IN ('image/jpeg', 'image/png', 'image/webp');
--> statement-breakpoint
GRANT SELECT ON open_result_photos TO areaplan_public;
