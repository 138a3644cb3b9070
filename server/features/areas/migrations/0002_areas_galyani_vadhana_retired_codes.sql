-- Reference-data fixes for databases seeded before them (a fresh database gets them from the seed,
-- which reads the same facts from reference-data/areas.csv and retired-codes.csv): อ.กัลยาณิวัฒนา (5025)
-- with its three subdistricts, and subdistrict codes retired when their subdistrict moved to a newer
-- district. Nothing happens on an empty database (the seed runs after the migrations).
INSERT INTO "areas" ("code", "level", "parent_code", "province_code", "name_th", "name_en", "postcode", "search_tokens")
SELECT v.code, v.level, v.parent_code, '50', v.name_th, v.name_en, v.postcode, v.search_tokens::tsvector
FROM (VALUES
  ('5025', 'district', '50', 'กัลยาณิวัฒนา', 'Galyani Vadhana', NULL, 'กัลยาณิ วัฒนา galyani vadhana'),
  ('502501', 'subdistrict', '5025', 'บ้านจันทร์', 'Ban Chan', '58130', 'บ้าน จันทร์ ban chan'),
  ('502502', 'subdistrict', '5025', 'แม่แดด', 'Mae Daet', '58130', 'แม่ แดด mae daet'),
  ('502503', 'subdistrict', '5025', 'แจ่มหลวง', 'Chaem Luang', '58130', 'แจ่ม หลวง chaem luang')
) AS v(code, level, parent_code, name_th, name_en, postcode, search_tokens)
WHERE EXISTS (SELECT 1 FROM "areas" WHERE "code" = '50')
ON CONFLICT ("code") DO NOTHING;
--> statement-breakpoint
UPDATE "areas" SET "valid_to" = v.valid_to::date, "successor_code" = v.successor_code, "version" = "version" + 1, "updated_at" = now()
FROM (VALUES
  ('500306', '2009-12-25', '502501'),
  ('500309', '2009-12-25', '502502'),
  ('500310', '2009-12-25', '502503'),
  ('300602', '1996-12-04', '303202'),
  ('300606', '1996-12-04', '303204'),
  ('300608', '1996-12-04', '303205'),
  ('300609', '1996-12-04', '303203'),
  ('300612', '1996-12-04', '303201'),
  ('301211', '1997-06-30', '303101'),
  ('301212', '1997-06-30', '303102'),
  ('301218', '1997-06-30', '303104'),
  ('301221', '1997-06-30', '303105'),
  ('301223', '1997-06-30', '303103'),
  ('300910', '2007-08-23', '302803'),
  ('300911', '2007-08-23', '302801'),
  ('300912', '2007-08-23', '302804'),
  ('300913', '2007-08-23', '302805'),
  ('300915', '2007-08-23', '302802'),
  ('301209', '2007-08-23', '303004'),
  ('301210', '2007-08-23', '303003'),
  ('301216', '2007-08-23', '303002'),
  ('301222', '2007-08-23', '303001'),
  ('301706', '2007-08-23', '302903'),
  ('301707', '2007-08-23', '302901'),
  ('301711', '2007-08-23', '302902'),
  ('301715', '2007-08-23', '302904')
) AS v(code, valid_to, successor_code)
WHERE "areas"."code" = v.code AND "areas"."valid_to" IS NULL
  AND EXISTS (SELECT 1 FROM "areas" AS successor WHERE successor."code" = v.successor_code);
