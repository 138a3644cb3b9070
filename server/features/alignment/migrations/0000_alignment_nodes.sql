CREATE TABLE "alignment_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scheme" text NOT NULL,
	"scheme_version" text NOT NULL,
	"code" text NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"title_th" text NOT NULL,
	"title_en" text,
	"is_verified" boolean DEFAULT false NOT NULL,
	"source" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alignment_nodes" ADD CONSTRAINT "alignment_nodes_parent_id_alignment_nodes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."alignment_nodes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "alignment_nodes_code_idx" ON "alignment_nodes" USING btree ("scheme","scheme_version","code");--> statement-breakpoint
CREATE INDEX "alignment_nodes_parent_idx" ON "alignment_nodes" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "alignment_nodes_level_idx" ON "alignment_nodes" USING btree ("scheme","level");--> statement-breakpoint
CREATE INDEX "alignment_nodes_title_trgm_idx" ON "alignment_nodes" USING gin ("title_th" gin_trgm_ops);