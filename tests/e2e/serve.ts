// The web server for end-to-end tests: a fresh, migrated, seeded database and the production build.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startSmtpSink } from '../support/smtp-sink.ts';
import { E2E_SECRET, e2eMailDir, e2eStateFile } from './support/state.ts';
import { seedDemoData } from '../../prisma/seed.ts';
import { loadCatalogues } from '../../scripts/db/load-catalogues.ts';
import { APP_SERVER, ROOT, WORKER_ARGS, buildIfNeeded } from '../../scripts/build-if-needed.ts';
import { createTestDatabase, stopEmbeddedServer } from '../support/test-database.ts';

const port = process.env.E2E_PORT ?? '3100';
const log = (message: string) => console.log(`[e2e-server] ${message}`);

const database = await createTestDatabase();
// Mail goes to a real SMTP peer, which files each message for the specs to read.
const mailDir = e2eMailDir(port);
rmSync(mailDir, { recursive: true, force: true });
mkdirSync(mailDir, { recursive: true });
let mailCount = 0;
const smtp = await startSmtpSink({ onMail: (raw) => writeFileSync(path.join(mailDir, `${String(++mailCount).padStart(5, '0')}.eml`), raw) });
await loadCatalogues(database.url);
await seedDemoData(database.url, { target: 'test', log });
buildIfNeeded(log);
// Specs build their own trust, schools and people in this database (tests/e2e/support/world.ts).
writeFileSync(e2eStateFile(port), JSON.stringify({ databaseUrl: database.url }), { mode: 0o600 });

const next = spawn(process.execPath, [APP_SERVER, '--port', port], {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXTAUTH_SECRET: E2E_SECRET,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Waypoint <no-reply@e2e.waypoint>',
    NEXT_TELEMETRY_DISABLED: '1',
  },
});

const worker = spawn(process.execPath, WORKER_ARGS, {
  cwd: ROOT,
  stdio: 'inherit',
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_URL: `http://localhost:${port}`,
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Waypoint <no-reply@e2e.waypoint>',
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  next.kill('SIGTERM');
  worker.kill('SIGTERM');
  await smtp.stop().catch(() => {});
  await database.drop().catch(() => {});
  await stopEmbeddedServer().catch(() => {});
  process.exit(code);
}
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
next.on('exit', (code) => void stop(code ?? 1));
