-- approval_steps and plan_approval_events now belong to the approvals feature: its first migration,
-- which runs after this set, reshapes the steps and moves the events before dropping the old table.
SELECT 1;
