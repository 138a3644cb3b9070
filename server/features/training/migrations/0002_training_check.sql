CREATE TABLE "training_check_results" (
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"province_code" text,
	"answers" integer[] NOT NULL,
	"score" integer NOT NULL,
	"total" integer NOT NULL,
	"passed" boolean NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "training_check_results_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "training_questions" (
	"event_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL,
	"choices" text[] NOT NULL,
	"answer" integer NOT NULL,
	"province_code" text,
	CONSTRAINT "training_questions_event_id_position_pk" PRIMARY KEY("event_id","position")
);
--> statement-breakpoint
ALTER TABLE "training_check_results" ADD CONSTRAINT "training_check_results_event_id_training_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."training_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_check_results" ADD CONSTRAINT "training_check_results_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_questions" ADD CONSTRAINT "training_questions_event_id_training_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."training_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Questions follow their event (read by all; the service never sends the right answers to takers).
ALTER TABLE training_questions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_read ON training_questions FOR SELECT TO areaplan_app USING (true);
--> statement-breakpoint
CREATE POLICY training_write ON training_questions FOR ALL TO areaplan_app
  USING ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]))
  WITH CHECK ((SELECT app_scope_all('view')) OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
--> statement-breakpoint
-- A result is read by its taker and the event's managers; only the taker writes it.
ALTER TABLE training_check_results ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_read ON training_check_results FOR SELECT TO areaplan_app
  USING (user_id::text = current_setting('app.user_id', true) OR (SELECT app_scope_all('view'))
    OR province_code = ANY ((SELECT app_provinces('view'))::text[]));
--> statement-breakpoint
CREATE POLICY training_take ON training_check_results FOR ALL TO areaplan_app
  USING (user_id::text = current_setting('app.user_id', true))
  WITH CHECK (user_id::text = current_setting('app.user_id', true));
