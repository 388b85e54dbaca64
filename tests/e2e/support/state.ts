// What the e2e server (tests/e2e/serve.ts) shares with the specs: the session secret, and where its
// throwaway database is, written to a file named by port so two runs never mix.
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const E2E_SECRET = 'end-to-end-tests-secret-that-is-long-enough';
export const E2E_PORT = process.env.E2E_PORT ?? '3100';

export function e2eStateFile(port: string = E2E_PORT): string {
  return path.join(tmpdir(), `waypoint-e2e-${port}.json`);
}

export function e2eDatabaseUrl(): string {
  return (JSON.parse(readFileSync(e2eStateFile(), 'utf8')) as { databaseUrl: string }).databaseUrl;
}

// Where the e2e server's SMTP peer keeps what it received, one .eml file a message.
export function e2eMailDir(port: string = E2E_PORT): string {
  return path.join(tmpdir(), `waypoint-e2e-mail-${port}`);
}
