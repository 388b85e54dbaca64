-- Written by hand: Prisma's diff drops and recreates renamed tables and columns, which would lose
-- every plan item and the whole audit log. These renames keep the data and give the same schema
-- (tests/integration/migrations.test.ts compares the two).

-- The action plan's rows are plan items: "action" is left to server actions.
ALTER TYPE "ActionStatus" RENAME TO "PlanItemStatus";
ALTER TABLE "Action" RENAME TO "PlanItem";
ALTER TABLE "PlanItem" RENAME CONSTRAINT "Action_pkey" TO "PlanItem_pkey";
ALTER TABLE "PlanItem" RENAME CONSTRAINT "Action_schoolId_fkey" TO "PlanItem_schoolId_fkey";
ALTER INDEX "Action_schoolId_status_idx" RENAME TO "PlanItem_schoolId_status_idx";

-- An audit entry records an event. Existing entries keep their names ("action.created" etc.);
-- the audit view words old and new names alike.
ALTER TABLE "AuditEvent" RENAME COLUMN "action" TO "event";

-- The append-only trigger compares the renamed column.
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE'
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
