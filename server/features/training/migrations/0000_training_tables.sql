CREATE TABLE "training_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text NOT NULL,
	"organiser" text NOT NULL,
	"province_code" text,
	"topics" text[] NOT NULL,
	"provision_ids" uuid[] NOT NULL,
	"planned_participants" integer,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_participants" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"province_code" text,
	"attended" boolean NOT NULL,
	CONSTRAINT "training_participants_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_event_id_training_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."training_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_participants" ADD CONSTRAINT "training_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_events_held_idx" ON "training_events" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "training_participants_user_idx" ON "training_participants" USING btree ("user_id");