CREATE TABLE "regulation_citations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provision_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"target_key" text NOT NULL,
	"note" text,
	"needs_review" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulation_provisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regulation_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"heading" text,
	"text" text NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'in_force' NOT NULL,
	"superseded_on" date,
	"superseded_by_id" uuid,
	"supersede_reason" text,
	"search_tokens" "tsvector",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulation_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"regulation_id" uuid NOT NULL,
	"label" text NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"url" text,
	"note" text,
	"file_id" uuid,
	"file_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regulations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"number" text,
	"issued_on" date NOT NULL,
	"issuing_body" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'in_force' NOT NULL,
	"url" text,
	"summary" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"search_tokens" "tsvector",
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "regulation_citations" ADD CONSTRAINT "regulation_citations_provision_id_regulation_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."regulation_provisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_provisions" ADD CONSTRAINT "regulation_provisions_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_versions" ADD CONSTRAINT "regulation_versions_regulation_id_regulations_id_fk" FOREIGN KEY ("regulation_id") REFERENCES "public"."regulations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regulation_versions" ADD CONSTRAINT "regulation_versions_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "regulation_citations_unique_idx" ON "regulation_citations" USING btree ("provision_id","target_kind","target_key");--> statement-breakpoint
CREATE INDEX "regulation_citations_target_idx" ON "regulation_citations" USING btree ("target_kind","target_key");--> statement-breakpoint
CREATE INDEX "regulation_provisions_entry_idx" ON "regulation_provisions" USING btree ("regulation_id","sort_order");--> statement-breakpoint
CREATE INDEX "regulation_provisions_search_idx" ON "regulation_provisions" USING gin ("search_tokens");--> statement-breakpoint
CREATE UNIQUE INDEX "regulation_versions_start_idx" ON "regulation_versions" USING btree ("regulation_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "regulation_versions_open_idx" ON "regulation_versions" USING btree ("regulation_id") WHERE "regulation_versions"."effective_to" is null;--> statement-breakpoint
CREATE INDEX "regulations_issued_idx" ON "regulations" USING btree ("issued_on" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "regulations_search_idx" ON "regulations" USING gin ("search_tokens");