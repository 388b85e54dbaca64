// `npm run db:migrate`: what `prisma migrate deploy` does, without the native schema engine.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations } from './schema-engine.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../prisma/migrations', import.meta.url));

/** Applies pending migrations to the database at `url`; returns the names applied. */
export function migrateDatabase(url: string, migrationsDir: string = MIGRATIONS_DIR): Promise<string[]> {
  return applyMigrations(url, migrationsDir);
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: export it (e.g. postgresql://user@host:5432/waypoint) and try again.');
  }
  const applied = await migrateDatabase(url);
  if (applied.length === 0) {
    console.log('No pending migrations.');
    return;
  }
  console.log(`Applied ${applied.length} migration${applied.length === 1 ? '' : 's'}:`);
  for (const name of applied) console.log(`  ${name}`);
}

// Only as a script: the start script and tests import migrateDatabase.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
    // exitCode rather than exit(): pending pool shutdowns still finish.
    process.exitCode = 1;
  });
}
