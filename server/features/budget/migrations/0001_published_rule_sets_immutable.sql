-- A published rule set is what projects were judged by: the database refuses any change to it or
-- to its rules, whatever the service does (a revision is a new draft set).
CREATE OR REPLACE FUNCTION rule_sets_refuse_published_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'published rule set % cannot change', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER rule_sets_immutable BEFORE UPDATE OR DELETE ON rule_sets
  FOR EACH ROW EXECUTE FUNCTION rule_sets_refuse_published_change();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION rules_refuse_published_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  set_id uuid := CASE TG_OP WHEN 'DELETE' THEN OLD.rule_set_id ELSE NEW.rule_set_id END;
BEGIN
  IF EXISTS (SELECT 1 FROM rule_sets WHERE id = set_id AND status = 'published')
    OR (TG_OP = 'UPDATE' AND EXISTS (SELECT 1 FROM rule_sets WHERE id = OLD.rule_set_id AND status = 'published')) THEN
    RAISE EXCEPTION 'rules of published rule set % cannot change', set_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$$;
--> statement-breakpoint
CREATE TRIGGER rules_immutable BEFORE INSERT OR UPDATE OR DELETE ON rules
  FOR EACH ROW EXECUTE FUNCTION rules_refuse_published_change();
