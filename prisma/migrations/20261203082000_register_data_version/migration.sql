-- The trust comparison shows each school's next big spend from the registers, so a change to a
-- contract or kit line raises the trust's "dataVersion" too (see 20261202184652_trust_data_version).
-- A register row belongs to a trust (trustId) or to a school (schoolId, then the school's trust).
CREATE FUNCTION waypoint_register_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM waypoint_bump_trusts(ARRAY(
      SELECT "trustId" FROM new_rows WHERE "trustId" IS NOT NULL
      UNION SELECT s."trustId" FROM "School" s WHERE s."id" IN (SELECT "schoolId" FROM new_rows) AND s."trustId" IS NOT NULL));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM waypoint_bump_trusts(ARRAY(
      SELECT "trustId" FROM new_rows WHERE "trustId" IS NOT NULL
      UNION SELECT "trustId" FROM old_rows WHERE "trustId" IS NOT NULL
      UNION SELECT s."trustId" FROM "School" s WHERE s."id" IN (SELECT "schoolId" FROM new_rows UNION SELECT "schoolId" FROM old_rows) AND s."trustId" IS NOT NULL));
  ELSE
    PERFORM waypoint_bump_trusts(ARRAY(
      SELECT "trustId" FROM old_rows WHERE "trustId" IS NOT NULL
      UNION SELECT s."trustId" FROM "School" s WHERE s."id" IN (SELECT "schoolId" FROM old_rows) AND s."trustId" IS NOT NULL));
  END IF;
  RETURN NULL;
END $$;

DO $$
DECLARE
  tbl text;
BEGIN
  FOREACH tbl IN ARRAY ARRAY['Contract', 'KitItem'] LOOP
    EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waypoint_register_rows_changed()',
      tbl || '_data_version_insert', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION waypoint_register_rows_changed()',
      tbl || '_data_version_update', tbl);
    EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION waypoint_register_rows_changed()',
      tbl || '_data_version_delete', tbl);
  END LOOP;
END $$;
