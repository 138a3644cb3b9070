-- Step labels name the body of their time (domain.md §1.1). Until the 2565 Royal Decree on
-- Integrated Area-Based Administration, plans went to ก.บ.ภ. (meeting jointly with ก.น.จ.; the last
-- one seen is 1/2565 on 14 Feb 2565) after the regional screening of its time; since then to
-- ก.น.บ. after คณะอนุกรรมการประจำภาค. The change-over is set at 1 Jan 2566 (Bangkok): ก.บ.ภ.
-- met in early 2565 and the news names only ก.น.บ. from 2566; verify the decree's in-force date.
-- 1. The former bodies as closed rows of the same steps, valid from the 2551 decree to the change-over.
INSERT INTO "approval_steps" ("document_type", "scope", "from_status", "to_status", "action", "label_th", "label_en", "roles", "requires_meeting", "requires_date", "requires_reason", "needs_capture", "sort_order", "valid_from", "valid_to")
SELECT "document_type", "scope", "from_status", "to_status", "action",
  CASE "action" WHEN 'knb_approve' THEN 'บันทึกมติ ก.บ.ภ. เห็นชอบ' ELSE 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ' END,
  CASE "action" WHEN 'knb_approve' THEN 'Record approval by ก.บ.ภ. (the former regional development policy committee)' ELSE 'Record approval by the former regional sub-committee (อ.ก.บ.ภ.)' END,
  "roles", "requires_meeting", "requires_date", "requires_reason", "needs_capture", "sort_order",
  TIMESTAMPTZ '2008-12-31 00:00:00+07', TIMESTAMPTZ '2023-01-01 00:00:00+07'
FROM "approval_steps"
WHERE "document_type" = 'plan_version' AND "action" IN ('knb_approve', 'regional_approve') AND "valid_to" IS NULL;
--> statement-breakpoint
-- 2. Today's regional body, where the step still carries the former name.
UPDATE "approval_steps"
SET "label_th" = 'บันทึกมติคณะอนุกรรมการประจำภาคเห็นชอบ',
  "label_en" = 'Record approval by the regional sub-committee (คณะอนุกรรมการประจำภาค)',
  "version" = "version" + 1, "updated_at" = now()
WHERE "document_type" = 'plan_version' AND "action" = 'regional_approve' AND "valid_to" IS NULL
  AND "label_th" = 'บันทึกมติ อ.ก.บ.ภ. (อนุกรรมการภาค) เห็นชอบ';
--> statement-breakpoint
-- 3. Moves already recorded before the change-over point at the row of their time.
UPDATE "approval_events" AS e
SET "step_id" = h."id"
FROM "approval_steps" AS current_step, "approval_steps" AS h
WHERE current_step."id" = e."step_id"
  AND h."document_type" = current_step."document_type" AND h."scope" = current_step."scope"
  AND h."from_status" = current_step."from_status" AND h."action" = current_step."action"
  AND h."valid_to" IS NOT NULL AND e."at" >= h."valid_from" AND e."at" < h."valid_to";
