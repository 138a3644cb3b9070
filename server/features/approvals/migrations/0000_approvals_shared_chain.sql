-- The approval chain becomes a shared capability. Plans created approval_steps and
-- plan_approval_events; this set (migrated after plans on every database, new or old) reshapes the
-- steps for any document type and moves the plan events into approval_events.
ALTER TABLE "approval_steps" ADD COLUMN "document_type" text DEFAULT 'plan_version' NOT NULL;
--> statement-breakpoint
ALTER TABLE "approval_steps" ALTER COLUMN "document_type" DROP DEFAULT;
--> statement-breakpoint
ALTER TABLE "approval_steps" ADD COLUMN "valid_from" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "approval_steps" ADD COLUMN "valid_to" timestamp with time zone;
--> statement-breakpoint
DROP INDEX "approval_steps_move_idx";
--> statement-breakpoint
CREATE UNIQUE INDEX "approval_steps_current_move_idx" ON "approval_steps" USING btree ("document_type","scope","from_status","action") WHERE "approval_steps"."valid_to" is null;
--> statement-breakpoint
-- Relabelling inserts the step's next row (administrators only, like updating it).
CREATE POLICY national_insert ON approval_steps FOR INSERT TO areaplan_app WITH CHECK (app_can_capture(NULL));
--> statement-breakpoint
CREATE TABLE "approval_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"document_type" text NOT NULL,
	"document_id" uuid NOT NULL,
	"step_id" uuid,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"meeting_no" text,
	"meeting_date" date,
	"reason" text,
	"actor_user_id" uuid,
	"actor_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer
);
--> statement-breakpoint
ALTER TABLE "approval_events" ADD CONSTRAINT "approval_events_step_id_approval_steps_id_fk" FOREIGN KEY ("step_id") REFERENCES "public"."approval_steps"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "approval_events" ADD CONSTRAINT "approval_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "approval_events_document_idx" ON "approval_events" USING btree ("document_type","document_id","at");
--> statement-breakpoint
CREATE INDEX "approval_events_province_idx" ON "approval_events" USING btree ("province_code");
--> statement-breakpoint
INSERT INTO "approval_events" ("id", "document_type", "document_id", "step_id", "action", "from_status", "to_status", "meeting_no", "meeting_date", "reason", "actor_user_id", "actor_name", "at", "province_code", "cluster_id")
SELECT e.id, 'plan_version', e.plan_version_id, s.id, e.action, e.from_status, e.to_status, e.meeting_no, e.meeting_date, e.reason, e.actor_user_id, e.actor_name, e.at, e.province_code, e.cluster_id
FROM plan_approval_events e
JOIN plan_versions v ON v.id = e.plan_version_id
JOIN development_plans p ON p.id = v.plan_id
LEFT JOIN approval_steps s ON s.document_type = 'plan_version' AND s.scope = p.scope AND s.from_status = e.from_status AND s.action = e.action;
--> statement-breakpoint
DROP TABLE "plan_approval_events";
--> statement-breakpoint
-- A document of a cluster is readable from every current member province, as plans are.
CREATE OR REPLACE FUNCTION app_can_view_document(province text, cluster integer) RETURNS boolean
LANGUAGE sql STABLE AS $$
  SELECT app_can_view(province) OR (cluster IS NOT NULL AND EXISTS (
    SELECT 1 FROM cluster_memberships m
    WHERE m.cluster_id = cluster AND m.valid_to IS NULL AND app_can_view(m.province_code)))
$$;
--> statement-breakpoint
-- Only the shared transition service writes events; it switches this on for its one insert, so a
-- central approver (national view, no capture) can record a move.
CREATE OR REPLACE FUNCTION app_approval_step_on() RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT coalesce(current_setting('app.approval_step', true), '') = 'on' $$;
--> statement-breakpoint
ALTER TABLE approval_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY document_read ON approval_events FOR SELECT TO areaplan_app USING (app_can_view_document(province_code, cluster_id));
--> statement-breakpoint
CREATE POLICY step_insert ON approval_events FOR INSERT TO areaplan_app
  WITH CHECK (app_approval_step_on() AND app_can_view_document(province_code, cluster_id));
--> statement-breakpoint
-- Approval history is append-only for the app role.
REVOKE UPDATE, DELETE ON approval_events FROM areaplan_app;
