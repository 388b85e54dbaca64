-- Written by hand (no schema change): the audit log's append-only trigger let any UPDATE clear an
-- entry's actorId, trustId or schoolId, which would hide it from a tenant's log. Clearing is now
-- allowed only inside a foreign-key cascade (ON DELETE SET NULL runs as a nested trigger, so
-- pg_trigger_depth() > 1), that is, only when the user, school or trust itself is deleted.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND pg_trigger_depth() > 1
     AND NEW."id" = OLD."id" AND NEW."event" = OLD."event" AND NEW."targetType" = OLD."targetType"
     AND NEW."targetId" = OLD."targetId" AND NEW."createdAt" = OLD."createdAt"
     AND NEW."actorEmail" IS NOT DISTINCT FROM OLD."actorEmail"
     AND NEW."before"::text IS NOT DISTINCT FROM OLD."before"::text
     AND NEW."after"::text IS NOT DISTINCT FROM OLD."after"::text
     AND (NEW."actorId" IS NOT DISTINCT FROM OLD."actorId" OR NEW."actorId" IS NULL)
     AND (NEW."trustId" IS NOT DISTINCT FROM OLD."trustId" OR NEW."trustId" IS NULL)
     AND (NEW."schoolId" IS NOT DISTINCT FROM OLD."schoolId" OR NEW."schoolId" IS NULL) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'AuditEvent rows cannot be changed or deleted' USING ERRCODE = 'insufficient_privilege';
END;
$$;
