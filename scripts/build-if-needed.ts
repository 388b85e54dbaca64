// Runs `next build` only when the sources differ from the last build's, so restarts are quick.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const NEXT_BIN = path.join(ROOT, 'node_modules/next/dist/bin/next');
// The production server (client address from the socket, see scripts/server/app-server.mjs).
export const APP_SERVER = path.join(ROOT, 'scripts/server/app-server.mjs');
// The background worker (mail, strategy PDFs, the daily run), as node arguments.
export const WORKER_ARGS = ['--import', 'tsx', '--import', path.join(ROOT, 'scripts/server/allow-server-only.mjs'), path.join(ROOT, 'scripts/worker.ts')];
// Server rendering allocates many short-lived objects; a larger young generation means fewer
// scavenges (measured with npm run bench: see docs/benchmarks.md).
export const PRODUCTION_NODE_FLAGS = (process.env.WAYPOINT_NODE_FLAGS ?? '--max-semi-space-size=32').split(' ').filter(Boolean);

const BUILD_INPUTS = [
  'app',
  'components',
  'lib',
  'proxy.ts',
  'next.config.js',
  'scripts/server',
  'package-lock.json',
  'postcss.config.mjs',
  'prisma/schema.prisma',
  'tsconfig.json',
];

function sourceFingerprint(): string {
  const hash = createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(ROOT, entry);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const child of readdirSync(full).sort()) if (child !== 'generated') visit(path.join(entry, child));
    } else {
      hash.update(entry).update(readFileSync(full));
    }
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest('hex');
}

export function buildIfNeeded(log: (message: string) => void): void {
  const stampFile = path.join(ROOT, '.next', 'waypoint-build-stamp');
  const fingerprint = sourceFingerprint();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint) {
    log('Production build is up to date.');
    return;
  }
  log('Building the portal (first start or code changed; this takes a minute or two)…');
  const result = spawnSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('next build failed');
  writeFileSync(stampFile, fingerprint);
}
