-- AlterTable
ALTER TABLE "Trust" ADD COLUMN     "dataVersion" INTEGER NOT NULL DEFAULT 0;

-- Any change to what a trust's comparison shows raises that trust's "dataVersion", so a cache
-- keyed on it (lib/trust-overview/cached-trust-overview.ts) is never stale and needs no broadcast
-- between app instances. Statement-level triggers with transition tables: a bulk write (a GIAS
-- import, a cycle's answers) bumps each trust once, not once per row. Trusts are locked in id order
-- so two transactions touching the same trusts cannot deadlock on them.
CREATE FUNCTION waypoint_bump_trusts(ids text[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "Trust" SET "dataVersion" = "dataVersion" + 1
  WHERE "id" IN (SELECT "id" FROM "Trust" WHERE "id" = ANY(ids) ORDER BY "id" FOR UPDATE);
$$;

-- Rows that carry the trust themselves.
CREATE FUNCTION waypoint_trust_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT "trustId" FROM new_rows WHERE "trustId" IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM waypoint_bump_trusts(ARRAY(SELECT "trustId" FROM new_rows WHERE "trustId" IS NOT NULL UNION SELECT "trustId" FROM old_rows WHERE "trustId" IS NOT NULL));
  ELSE
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT "trustId" FROM old_rows WHERE "trustId" IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

-- Rows that belong to a school: the school's trust, if it has one.
CREATE FUNCTION waypoint_school_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT s."trustId" FROM "School" s WHERE s."id" IN (SELECT "schoolId" FROM new_rows) AND s."trustId" IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT s."trustId" FROM "School" s
      WHERE s."id" IN (SELECT "schoolId" FROM new_rows UNION SELECT "schoolId" FROM old_rows) AND s."trustId" IS NOT NULL));
  ELSE
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT s."trustId" FROM "School" s WHERE s."id" IN (SELECT "schoolId" FROM old_rows) AND s."trustId" IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

-- Answers belong to a cycle, which belongs to a school.
CREATE FUNCTION waypoint_answer_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT s."trustId" FROM "Assessment" a JOIN "School" s ON s."id" = a."schoolId"
      WHERE a."id" IN (SELECT "assessmentId" FROM new_rows) AND s."trustId" IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT s."trustId" FROM "Assessment" a JOIN "School" s ON s."id" = a."schoolId"
      WHERE a."id" IN (SELECT "assessmentId" FROM new_rows UNION SELECT "assessmentId" FROM old_rows) AND s."trustId" IS NOT NULL));
  ELSE
    PERFORM waypoint_bump_trusts(ARRAY(SELECT DISTINCT s."trustId" FROM "Assessment" a JOIN "School" s ON s."id" = a."schoolId"
      WHERE a."id" IN (SELECT "assessmentId" FROM old_rows) AND s."trustId" IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  target record;
BEGIN
  FOR target IN SELECT * FROM (VALUES
    ('School', 'waypoint_trust_rows_changed'),
    ('CentralService', 'waypoint_trust_rows_changed'),
    ('CentralAnswer', 'waypoint_trust_rows_changed'),
    ('Membership', 'waypoint_trust_rows_changed'),
    ('Assessment', 'waypoint_school_rows_changed'),
    ('PlanItem', 'waypoint_school_rows_changed'),
    ('StrategyVersion', 'waypoint_school_rows_changed'),
    ('Answer', 'waypoint_answer_rows_changed')
  ) AS t(tbl, fn) LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.tbl || '_data_version_insert', target.tbl, target.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.tbl || '_data_version_update', target.tbl, target.fn);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION %I()',
      target.tbl || '_data_version_delete', target.tbl, target.fn);
  END LOOP;
END $$;

-- A new catalogue version is not a trust's change: the cache key names the newest catalogue itself,
-- so loading one never locks every trust.
