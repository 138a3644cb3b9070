CREATE TABLE "job_staging" (
	"job_id" uuid NOT NULL,
	"item_no" integer NOT NULL,
	"payload" jsonb NOT NULL,
	CONSTRAINT "job_staging_job_id_item_no_pk" PRIMARY KEY("job_id","item_no")
);
--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "lease_owner" text;--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "lease_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "job_staging" ADD CONSTRAINT "job_staging_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "jobs_lease_idx" ON "jobs" USING btree ("status","lease_expires_at");