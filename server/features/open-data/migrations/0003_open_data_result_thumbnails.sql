-- The portal serves the preview of a result photo (made on upload, at most 320 pixels on a side),
-- never the full-size original: the view hands out the thumbnail's bytes instead of the photo's,
-- and a photo without a preview (kept before previews existed) is not shown at all.
DROP VIEW open_result_photos;
--> statement-breakpoint
CREATE VIEW open_result_photos AS
SELECT e.id, e.project_id, e.province_code, r.fiscal_year, r.quarter, e.phase, e.pair_of, e.caption,
  'image/webp'::text AS mime_type, e.uploaded_at, t.content
FROM result_evidence e
JOIN open_projects p ON p.id = e.project_id
JOIN progress_reports r ON r.id = e.report_id
JOIN stored_files t ON t.id = e.thumbnail_file_id
WHERE e.mime_type IN ('image/jpeg', 'image/png', 'image/webp');
--> statement-breakpoint
GRANT SELECT ON open_result_photos TO areaplan_public;
