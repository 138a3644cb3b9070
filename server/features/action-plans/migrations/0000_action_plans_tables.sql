CREATE TABLE "action_plan_ceilings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fiscal_year" integer NOT NULL,
	"budget_unit" text NOT NULL,
	"amount_satang" bigint NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_change_reasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_plan_id" uuid NOT NULL,
	"stable_key" uuid NOT NULL,
	"reason" text NOT NULL,
	"actor_user_id" uuid,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plan_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_plan_id" uuid NOT NULL,
	"stable_key" uuid DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"entry_class" text NOT NULL,
	"rank" integer NOT NULL,
	"amount_satang" bigint NOT NULL,
	"note" text,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" text NOT NULL,
	"province_code" text NOT NULL,
	"cluster_id" integer,
	"budget_unit" text NOT NULL,
	"fiscal_year" integer NOT NULL,
	"version_no" integer NOT NULL,
	"based_on_id" uuid,
	"revision_reason" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_changed_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_plan_ceilings" ADD CONSTRAINT "action_plan_ceilings_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_ceilings" ADD CONSTRAINT "action_plan_ceilings_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_change_reasons" ADD CONSTRAINT "action_plan_change_reasons_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_change_reasons" ADD CONSTRAINT "action_plan_change_reasons_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_change_reasons" ADD CONSTRAINT "action_plan_change_reasons_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_change_reasons" ADD CONSTRAINT "action_plan_change_reasons_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_entries" ADD CONSTRAINT "action_plan_entries_action_plan_id_action_plans_id_fk" FOREIGN KEY ("action_plan_id") REFERENCES "public"."action_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_entries" ADD CONSTRAINT "action_plan_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_entries" ADD CONSTRAINT "action_plan_entries_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plan_entries" ADD CONSTRAINT "action_plan_entries_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_province_code_areas_code_fk" FOREIGN KEY ("province_code") REFERENCES "public"."areas"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_plans" ADD CONSTRAINT "action_plans_cluster_id_clusters_id_fk" FOREIGN KEY ("cluster_id") REFERENCES "public"."clusters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_ceilings_unit_year_idx" ON "action_plan_ceilings" USING btree ("fiscal_year","budget_unit");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_change_reasons_key_idx" ON "action_plan_change_reasons" USING btree ("action_plan_id","stable_key");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_entries_project_idx" ON "action_plan_entries" USING btree ("action_plan_id","project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plan_entries_key_idx" ON "action_plan_entries" USING btree ("action_plan_id","stable_key");--> statement-breakpoint
CREATE INDEX "action_plan_entries_board_idx" ON "action_plan_entries" USING btree ("action_plan_id","entry_class","rank");--> statement-breakpoint
CREATE INDEX "action_plan_entries_project_ref_idx" ON "action_plan_entries" USING btree ("project_id");--> statement-breakpoint
CREATE UNIQUE INDEX "action_plans_unit_year_version_idx" ON "action_plans" USING btree ("budget_unit","fiscal_year","version_no");--> statement-breakpoint
CREATE INDEX "action_plans_province_year_idx" ON "action_plans" USING btree ("province_code","fiscal_year");