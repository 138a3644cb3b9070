-- Row-level security for committees and everything under them: read where the committee's province
-- (or any member province of its cluster) is in view, write with capture of the row's province (the
-- secretariat's office), as plans are.
SELECT app_enable_plan_rls('committees');
--> statement-breakpoint
SELECT app_enable_plan_rls('committee_members');
--> statement-breakpoint
SELECT app_enable_plan_rls('committee_meetings');
--> statement-breakpoint
SELECT app_enable_plan_rls('committee_meeting_attendance');
--> statement-breakpoint
SELECT app_enable_plan_rls('committee_agenda_items');
--> statement-breakpoint
SELECT app_enable_plan_rls('committee_follow_ups');
