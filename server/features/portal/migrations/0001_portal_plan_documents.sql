CREATE TABLE "portal_plan_documents" (
	"plan_version_id" uuid PRIMARY KEY NOT NULL,
	"file_name" text NOT NULL,
	"content" "bytea" NOT NULL,
	"rendered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- The public path reads a kept copy only while its version is published (open_plans says so).
CREATE VIEW open_plan_documents AS
SELECT d.plan_version_id, d.file_name, d.content
FROM portal_plan_documents d
JOIN open_plans p ON p.id = d.plan_version_id;
--> statement-breakpoint
GRANT SELECT ON open_plan_documents TO areaplan_public;
