CREATE TABLE "household_counts" (
	"province_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"dimension" text NOT NULL,
	"status" text NOT NULL,
	"households" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "household_counts_province_code_subdistrict_code_dimension_status_pk" PRIMARY KEY("province_code","subdistrict_code","dimension","status")
);
--> statement-breakpoint
CREATE TABLE "household_help" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"dimension" text NOT NULL,
	"agency_id" uuid,
	"agency_name" text NOT NULL,
	"given_on" date NOT NULL,
	"description" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"position" smallint NOT NULL,
	"relation" text NOT NULL,
	"birth_year" integer,
	"national_id_masked" text,
	"name_masked" text
);
--> statement-breakpoint
CREATE TABLE "household_need_proposals" (
	"need_id" uuid PRIMARY KEY NOT NULL,
	"province_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"dimension" text NOT NULL,
	"households" integer NOT NULL,
	"as_of" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_secrets" (
	"subject_id" uuid PRIMARY KEY NOT NULL,
	"household_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"kind" text NOT NULL,
	"id_hash" "bytea",
	"sealed" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_settings" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"retention_years" smallint NOT NULL,
	"last_purge_at" timestamp with time zone,
	"last_purge_erased" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_status_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"on" date NOT NULL,
	"reason" text,
	"actor_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "household_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"household_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"visited_on" date NOT NULL,
	"note" text NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "households" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"province_code" text NOT NULL,
	"district_code" text NOT NULL,
	"subdistrict_code" text NOT NULL,
	"area_code" text NOT NULL,
	"village_no" smallint,
	"house_no_masked" text,
	"shortfalls" text[] NOT NULL,
	"status" text DEFAULT 'identified' NOT NULL,
	"identified_on" date NOT NULL,
	"status_changed_on" date NOT NULL,
	"out_of_need_on" date,
	"personal_erased_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "household_help" ADD CONSTRAINT "household_help_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_help" ADD CONSTRAINT "household_help_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_members" ADD CONSTRAINT "household_members_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_need_proposals" ADD CONSTRAINT "household_need_proposals_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_secrets" ADD CONSTRAINT "household_secrets_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_status_events" ADD CONSTRAINT "household_status_events_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "household_visits" ADD CONSTRAINT "household_visits_household_id_households_id_fk" FOREIGN KEY ("household_id") REFERENCES "public"."households"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "household_help_household_idx" ON "household_help" USING btree ("household_id","given_on");--> statement-breakpoint
CREATE INDEX "household_members_household_idx" ON "household_members" USING btree ("household_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "household_need_proposals_pair_idx" ON "household_need_proposals" USING btree ("subdistrict_code","dimension");--> statement-breakpoint
CREATE INDEX "household_secrets_hash_idx" ON "household_secrets" USING btree ("id_hash");--> statement-breakpoint
CREATE INDEX "household_secrets_household_idx" ON "household_secrets" USING btree ("household_id");--> statement-breakpoint
CREATE INDEX "household_status_events_household_idx" ON "household_status_events" USING btree ("household_id","recorded_at");--> statement-breakpoint
CREATE INDEX "household_visits_household_idx" ON "household_visits" USING btree ("household_id","visited_on");--> statement-breakpoint
CREATE INDEX "households_list_idx" ON "households" USING btree ("province_code","area_code","id");--> statement-breakpoint
CREATE INDEX "households_retention_idx" ON "households" USING btree ("status","out_of_need_on");