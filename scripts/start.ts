// `npm start`: one command from a fresh clone to a running portal with demo data.
// Without DATABASE_URL it runs an embedded PostgreSQL whose data lives in .data/ between restarts.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { APP_SERVER, NEXT_BIN, PRODUCTION_NODE_FLAGS, ROOT, WORKER_ARGS, buildIfNeeded } from './build-if-needed.ts';
import { loadCatalogues } from './db/load-catalogues.ts';
import { migrateDatabase } from './db/migrate.ts';
import { ensureDatabase, startEmbeddedServer, type EmbeddedServer } from './db/embedded-server.ts';
import { seedDemoData } from '../prisma/seed.ts';

const DATA_DIR = path.join(ROOT, '.data');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);

process.env.NEXT_TELEMETRY_DISABLED = '1';

function log(message: string) {
  console.log(`[waypoint] ${message}`);
}

// A stable secret for local use, kept out of git; production supplies its own NEXTAUTH_SECRET.
function localSecret(): string {
  const file = path.join(DATA_DIR, 'nextauth-secret');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main() {
  mkdirSync(DATA_DIR, { recursive: true });
  let embedded: EmbeddedServer | undefined;

  if (!process.env.DATABASE_URL) {
    const dbPort = Number(process.env.WAYPOINT_DB_PORT ?? 54329);
    log(`No DATABASE_URL: starting the embedded PostgreSQL on port ${dbPort} (data in .data/postgres).`);
    embedded = await startEmbeddedServer({ dataDir: path.join(DATA_DIR, 'postgres'), port: dbPort });
    await ensureDatabase(embedded.serverUrl('postgres'), 'waypoint');
    process.env.DATABASE_URL = embedded.serverUrl('waypoint');
  }
  // The embedded demo gets a secret of its own data folder; a real database needs a real secret.
  if (embedded) {
    process.env.NEXTAUTH_SECRET ??= localSecret();
    // The demo needs no mail server: without SMTP_URL, messages go to .data/mail as .eml files.
    process.env.WAYPOINT_DEMO = '1';
  } else if (!process.env.NEXTAUTH_SECRET && !dev) throw new Error('Set NEXTAUTH_SECRET (32 characters or more) when DATABASE_URL names your own database.');
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const applied = await migrateDatabase(process.env.DATABASE_URL);
  log(applied.length ? `Applied migrations: ${applied.join(', ')}` : 'Database schema is up to date.');
  const catalogues = await loadCatalogues(process.env.DATABASE_URL);
  log(catalogues.length ? `Loaded standards catalogue: ${catalogues.join(', ')}` : 'Standards catalogue is up to date.');
  if (embedded) await seedDemoData(process.env.DATABASE_URL, { target: 'embedded', log });

  if (!dev) buildIfNeeded(log);
  // Development uses `next dev` (hot reload), which does not know client addresses: sign-in is then
  // throttled per account only.
  const command = dev ? [NEXT_BIN, 'dev', '-p', String(port)] : [...PRODUCTION_NODE_FLAGS, APP_SERVER, '--port', String(port)];
  const next = spawn(process.execPath, command, {
    cwd: ROOT,
    stdio: 'inherit',
    env: process.env,
  });
  // Background jobs run in their own process, so rendering and mail never hold up a page.
  const worker = spawn(process.execPath, WORKER_ARGS, { cwd: ROOT, stdio: 'inherit', env: process.env });
  log(`Waypoint is starting on ${process.env.NEXTAUTH_URL} — demo sign-ins are listed in README.md.`);

  const shutdown = async (code: number) => {
    next.kill('SIGTERM');
    worker.kill('SIGTERM');
    if (embedded) await embedded.stop().catch(() => {});
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  next.on('exit', (code) => void shutdown(code ?? 0));
  worker.on('exit', (code) => {
    if (code) log(`The background worker stopped (exit ${code}); mail and PDFs wait until it runs again (npm run worker).`);
  });
}

main().catch((error) => {
  console.error('[waypoint] Could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
