import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

let cached: string | undefined;

// The key that signs sessions. Production must supply NEXTAUTH_SECRET (the env module refuses to
// start without it); elsewhere each data folder gets its own random one, so no two machines share
// a key and nothing fixed is ever in the code.
export function authSecret(): string {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (env().NODE_ENV === 'production') throw new Error('NEXTAUTH_SECRET is required in production');
  if (cached) return cached;
  const dir = path.join(process.cwd(), '.data');
  const file = path.join(dir, 'nextauth-secret');
  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600, flag: 'wx' });
  } catch {
    // Already there (or written by another process a moment ago): use it.
  }
  cached = readFileSync(file, 'utf8').trim();
  return cached;
}
