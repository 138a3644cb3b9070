CREATE TABLE "need_rollups" (
	"scope_code" text NOT NULL,
	"scope_level" integer NOT NULL,
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"needs" integer DEFAULT 0 NOT NULL,
	"households" bigint DEFAULT 0 NOT NULL,
	"people" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "need_rollups_scope_level_scope_code_kind_fiscal_year_key_pk" PRIMARY KEY("scope_level","scope_code","kind","fiscal_year","key")
);
--> statement-breakpoint
DROP INDEX "needs_province_year_idx";--> statement-breakpoint
CREATE INDEX "need_rollups_province_idx" ON "need_rollups" USING btree ("province_code","scope_level","kind");--> statement-breakpoint
CREATE INDEX "needs_created_idx" ON "needs" USING btree ("created_at" DESC NULLS FIRST,"reference_no" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "needs_province_created_idx" ON "needs" USING btree ("province_code","created_at" DESC NULLS FIRST,"reference_no" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "needs_province_status_created_idx" ON "needs" USING btree ("province_code","status","created_at" DESC NULLS FIRST,"reference_no" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "needs_province_year_created_idx" ON "needs" USING btree ("province_code","fiscal_year","created_at" DESC NULLS FIRST,"reference_no" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "needs_text_trgm_idx" ON "needs" USING gin (("title" || ' ' || "description") gin_trgm_ops);