// A benchmark's own database, made afresh with every migration on the local PostgreSQL (or the
// server a variable names), and set as DATABASE_URL before the app's client is first imported.
import pg from 'pg';
import { migrateDatabase } from '../db/migrate.ts';

export async function freshBenchDatabase(database: string, serverUrl = 'postgresql://postgres@127.0.0.1:5432'): Promise<string> {
  const admin = new pg.Client({ connectionString: `${serverUrl}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = `${serverUrl}/${database}`;
  await migrateDatabase(url);
  process.env.DATABASE_URL = url;
  return url;
}
