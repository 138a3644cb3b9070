ALTER TABLE "result_evidence" ADD COLUMN "phase" text;--> statement-breakpoint
ALTER TABLE "result_evidence" ADD COLUMN "pair_of" uuid;--> statement-breakpoint
ALTER TABLE "result_evidence" ADD CONSTRAINT "result_evidence_pair_of_result_evidence_id_fk" FOREIGN KEY ("pair_of") REFERENCES "public"."result_evidence"("id") ON DELETE set null ON UPDATE no action;