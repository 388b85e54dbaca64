import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

// OWASP ASVS 2.1.7: new passwords are checked against a list of breached passwords that ships with the
// app, so the check needs no network. Where the list comes from and how to regenerate it:
// lib/auth/breached-passwords/README.md.
//
// The path is built from the working directory, not from where this module is. Once Next.js has
// bundled this file into .next/server, import.meta.url and __dirname point inside the build output,
// not at lib/. Everything that runs this code runs from the project root: scripts/start.ts (and the
// e2e and bench scripts) start the production server with cwd at the root, and so do `next dev`,
// tsx scripts and Vitest. So this one path works for all of them.
export const BREACHED_PASSWORDS_FILE = path.join(process.cwd(), 'lib/auth/breached-passwords/common-passwords.txt.gz');

let breached: Set<string> | undefined;

// Read and unzipped once, on first use (about 40,000 entries, a few MB of memory), then kept.
function breachedPasswords(): Set<string> {
  if (!breached) {
    const text = gunzipSync(readFileSync(BREACHED_PASSWORDS_FILE)).toString('utf8');
    breached = new Set(text.split('\n').filter((line) => line.length > 0));
  }
  return breached;
}

// The list holds lower-cased entries, so 'PassWord123' is refused as well as 'password123'.
export function isBreachedPassword(password: string): boolean {
  return breachedPasswords().has(password.toLowerCase());
}

// How many entries the shipped list holds (for tests and diagnostics).
export function breachedPasswordCount(): number {
  return breachedPasswords().size;
}
