CREATE TABLE "committee_agenda_item_needs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agenda_item_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "committee_agenda_item_needs_need_id_unique" UNIQUE("need_id")
);
--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD COLUMN "signed_minutes_file_id" uuid;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD COLUMN "signed_minutes_name" text;--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD COLUMN "signed_minutes_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "committee_agenda_item_needs" ADD CONSTRAINT "committee_agenda_item_needs_agenda_item_id_committee_agenda_items_id_fk" FOREIGN KEY ("agenda_item_id") REFERENCES "public"."committee_agenda_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_agenda_item_needs" ADD CONSTRAINT "committee_agenda_item_needs_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_agenda_item_needs" ADD CONSTRAINT "committee_agenda_item_needs_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "committee_agenda_item_needs" ADD CONSTRAINT "committee_agenda_item_needs_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "committee_agenda_item_needs_item_idx" ON "committee_agenda_item_needs" USING btree ("agenda_item_id");--> statement-breakpoint
ALTER TABLE "committee_meetings" ADD CONSTRAINT "committee_meetings_signed_minutes_file_id_stored_files_id_fk" FOREIGN KEY ("signed_minutes_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- The proposal links sit under the committee walls like the rest of its rows.
SELECT app_enable_plan_rls('committee_agenda_item_needs');
