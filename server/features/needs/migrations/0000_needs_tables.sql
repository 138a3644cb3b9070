CREATE TABLE "need_attachments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_counters" (
	"province_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"last_no" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "need_counters_province_code_fiscal_year_pk" PRIMARY KEY("province_code","fiscal_year")
);
--> statement-breakpoint
CREATE TABLE "need_dimensions" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_th" text NOT NULL,
	"name_en" text,
	"sort_order" integer DEFAULT 100 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"from_need_id" uuid NOT NULL,
	"origin" text NOT NULL,
	"source_document" text,
	"source_date" date,
	"households" integer DEFAULT 0 NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference_no" text NOT NULL,
	"province_code" text NOT NULL,
	"area_code" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"origin" text NOT NULL,
	"source_document" text,
	"source_date" date,
	"dimension_id" integer NOT NULL,
	"households" integer DEFAULT 0 NOT NULL,
	"people" integer DEFAULT 0 NOT NULL,
	"source_priority" integer,
	"status" text DEFAULT 'received' NOT NULL,
	"status_reason" text,
	"status_changed_at" timestamp with time zone,
	"linked_entity_type" text,
	"linked_entity_id" text,
	"linked_label" text,
	"forwarded_agency_id" uuid,
	"forwarded_to_name" text,
	"forward_reference" text,
	"merged_into_id" uuid,
	"search_tokens" "tsvector",
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "need_attachments" ADD CONSTRAINT "need_attachments_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_attachments" ADD CONSTRAINT "need_attachments_file_id_stored_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_sources" ADD CONSTRAINT "need_sources_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_sources" ADD CONSTRAINT "need_sources_from_need_id_needs_id_fk" FOREIGN KEY ("from_need_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_area_code_areas_code_fk" FOREIGN KEY ("area_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_dimension_id_need_dimensions_id_fk" FOREIGN KEY ("dimension_id") REFERENCES "public"."need_dimensions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_forwarded_agency_id_agencies_id_fk" FOREIGN KEY ("forwarded_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_merged_into_id_needs_id_fk" FOREIGN KEY ("merged_into_id") REFERENCES "public"."needs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "need_attachments_need_idx" ON "need_attachments" USING btree ("need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "need_dimensions_name_th_idx" ON "need_dimensions" USING btree (lower("name_th"));--> statement-breakpoint
CREATE INDEX "need_sources_need_idx" ON "need_sources" USING btree ("need_id");--> statement-breakpoint
CREATE INDEX "need_sources_from_idx" ON "need_sources" USING btree ("from_need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "needs_reference_no_idx" ON "needs" USING btree ("reference_no");--> statement-breakpoint
CREATE INDEX "needs_province_year_idx" ON "needs" USING btree ("province_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "needs_area_prefix_idx" ON "needs" USING btree ("area_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "needs_status_idx" ON "needs" USING btree ("status");--> statement-breakpoint
CREATE INDEX "needs_merged_into_idx" ON "needs" USING btree ("merged_into_id");--> statement-breakpoint
CREATE INDEX "needs_linked_entity_idx" ON "needs" USING btree ("linked_entity_type","linked_entity_id");--> statement-breakpoint
CREATE INDEX "needs_search_idx" ON "needs" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "needs_title_trgm_idx" ON "needs" USING gin ("title" gin_trgm_ops);