CREATE TABLE "rule_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"revision" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text NOT NULL,
	"note" text,
	"published_at" timestamp with time zone,
	"published_by" uuid,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule_set_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"severity" text NOT NULL,
	"parameters" jsonb NOT NULL,
	"label" jsonb NOT NULL,
	"explanation" jsonb NOT NULL,
	"citation" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rules" ADD CONSTRAINT "rules_rule_set_id_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."rule_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_year_revision_idx" ON "rule_sets" USING btree ("fiscal_year","revision");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_sets_one_draft_idx" ON "rule_sets" USING btree ("fiscal_year") WHERE "rule_sets"."status" = 'draft';--> statement-breakpoint
CREATE UNIQUE INDEX "rules_set_key_idx" ON "rules" USING btree ("rule_set_id","key");--> statement-breakpoint
CREATE INDEX "rules_set_position_idx" ON "rules" USING btree ("rule_set_id","position");