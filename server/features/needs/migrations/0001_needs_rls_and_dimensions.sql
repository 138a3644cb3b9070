-- Every table holding need data carries province_code and the province wall.
SELECT app_enable_province_rls('needs');
--> statement-breakpoint
SELECT app_enable_province_rls('need_sources');
--> statement-breakpoint
SELECT app_enable_province_rls('need_attachments');
--> statement-breakpoint
SELECT app_enable_province_rls('need_counters');
--> statement-breakpoint
INSERT INTO need_dimensions (name_th, name_en, sort_order) VALUES
  ('เศรษฐกิจ', 'Economy', 10),
  ('สังคม', 'Society', 20),
  ('ทรัพยากรธรรมชาติและสิ่งแวดล้อม', 'Natural resources and environment', 30),
  ('ความมั่นคง', 'Security', 40),
  ('การบริหารจัดการภาครัฐ', 'Public administration', 50);
