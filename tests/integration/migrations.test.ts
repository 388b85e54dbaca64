// prisma/migrations is what production runs; schema.prisma is what Prisma Client is generated
// from. These tests fail as soon as the two describe different databases.
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { readLatestSnapshot, SCHEMA_FILE } from '../../scripts/db/make-migration.ts';
import { diffSchemas, isEmptyMigration } from '../../scripts/db/schema-engine.ts';
import { createTestDatabase } from '../support/test-database.ts';

const USER_SCHEMAS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

// Sorted by name everywhere except enum labels: a column or index added by a later migration
// lands in a different position than in a database built in one go, and that is not drift.
// Enum label order is kept because it is how PostgreSQL sorts enum values; Prisma appends new
// values (prisma/orm#21433), so a value added mid-list needs "ADD VALUE ... AFTER ..." by hand.
const CATALOG_QUERIES = {
  schemas: `SELECT n.nspname AS name FROM pg_namespace n WHERE ${USER_SCHEMAS} ORDER BY 1`,
  extensions: `SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`,
  tables: `
    SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMAS} AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND c.relname <> '_prisma_migrations'
    ORDER BY 1, 2`,
  columns: `
    SELECT n.nspname AS schema, c.relname AS table, a.attname AS name,
           format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
           pg_get_expr(d.adbin, d.adrelid) AS default, a.attidentity AS identity, a.attgenerated AS generated
    FROM pg_attribute a
    JOIN pg_class c ON c.oid = a.attrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE ${USER_SCHEMAS} AND a.attnum > 0 AND NOT a.attisdropped
      AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND c.relname <> '_prisma_migrations'
    ORDER BY 1, 2, 3`,
  enums: `
    SELECT n.nspname AS schema, t.typname AS name,
           array_agg(e.enumlabel::text ORDER BY e.enumsortorder) AS labels
    FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
    GROUP BY 1, 2 ORDER BY 1, 2`,
  indexes: `
    SELECT schemaname AS schema, tablename AS table, indexname AS name, indexdef AS definition
    FROM pg_indexes n WHERE ${USER_SCHEMAS.replaceAll('n.nspname', 'n.schemaname')}
      AND tablename <> '_prisma_migrations'
    ORDER BY 1, 2, 3`,
  // NOT NULL constraints (contype 'n', PostgreSQL 18+) are left out: nullability is already in
  // columns, and leaving them out keeps the description the same on PostgreSQL 15 and 18.
  constraints: `
    SELECT n.nspname AS schema, c.relname AS table, con.conname AS name, con.contype AS type,
           pg_get_constraintdef(con.oid) AS definition
    FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMAS} AND con.contype <> 'n' AND c.relname <> '_prisma_migrations'
    ORDER BY 1, 2, 3`,
};

type SchemaDescription = Record<keyof typeof CATALOG_QUERIES, unknown[]>;

async function describeDatabase(url: string): Promise<SchemaDescription> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const description: Partial<SchemaDescription> = {};
    for (const [key, sql] of Object.entries(CATALOG_QUERIES)) {
      description[key as keyof SchemaDescription] = (await client.query(sql)).rows;
    }
    return description as SchemaDescription;
  } finally {
    await client.end();
  }
}

async function runScript(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Builds one database from prisma/migrations and one straight from `schemaText`, and describes both. */
async function describeMigrationsAndSchema(schemaText: string) {
  const [migrated, direct] = await Promise.all([createTestDatabase(), createTestDatabase({ migrate: false })]);
  try {
    await runScript(direct.url, await diffSchemas(null, schemaText));
    return { fromMigrations: await describeDatabase(migrated.url), fromSchema: await describeDatabase(direct.url) };
  } finally {
    await Promise.all([migrated.drop(), direct.drop()]);
  }
}

describe('prisma/migrations', () => {
  it('builds exactly the database that schema.prisma describes', async () => {
    const { fromMigrations, fromSchema } = await describeMigrationsAndSchema(await readFile(SCHEMA_FILE, 'utf8'));
    expect(fromSchema.tables.length, 'no tables found: the catalog queries see nothing').toBeGreaterThan(0);
    expect(
      fromMigrations,
      'applying every migration does not give the database schema.prisma describes ' +
        '(hand-edited migration.sql? enum value added mid-list without "ADD VALUE ... AFTER ..."?)',
    ).toEqual(fromSchema);
  });

  it('has a migration for every change to schema.prisma', async () => {
    const pending = await diffSchemas(await readLatestSnapshot(), await readFile(SCHEMA_FILE, 'utf8'));
    expect(isEmptyMigration(pending), `schema.prisma changed without a migration: run npm run db:make-migration -- <name>\n\n${pending}`).toBe(true);
  });
});
