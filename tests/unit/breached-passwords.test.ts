import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BREACHED_PASSWORDS_FILE, breachedPasswordCount, isBreachedPassword } from '@/lib/auth/breached-passwords';

describe('breached-password list', () => {
  it('refuses famous passwords whatever their case', () => {
    for (const password of ['password1234', 'qwerty123456', 'iloveyou1234', 'passwordpassword', '123456789012']) {
      expect(isBreachedPassword(password), password).toBe(true);
      expect(isBreachedPassword(password.toUpperCase()), password.toUpperCase()).toBe(true);
    }
    expect(isBreachedPassword('PassWord1234')).toBe(true);
    expect(isBreachedPassword('QwertyUIOPas')).toBe(true);
  });

  it('allows a long passphrase and a random password', () => {
    expect(isBreachedPassword('marmalade tractor quiz lantern 94')).toBe(false);
    expect(isBreachedPassword('correct horse battery staple')).toBe(false);
    expect(isBreachedPassword(randomBytes(18).toString('base64url'))).toBe(false);
  });

  it('keeps only entries the length rule would let through (12 characters or more)', () => {
    // '123456' is the most common password of all, but 12 characters are required anyway.
    expect(isBreachedPassword('123456')).toBe(false);
    expect(isBreachedPassword('')).toBe(false);
  });

  it('ships the long passwords of the top million as a compact, sorted, lower-cased file', () => {
    // 43,940 of the top 999,999 are 12 characters or more once lower-cased and deduplicated.
    expect(breachedPasswordCount()).toBeGreaterThan(40_000);
    expect(breachedPasswordCount()).toBeLessThan(50_000);
    expect(statSync(BREACHED_PASSWORDS_FILE).size).toBeLessThan(600 * 1024);

    const lines = gunzipSync(readFileSync(BREACHED_PASSWORDS_FILE)).toString('utf8').split('\n').filter(Boolean);
    expect(lines).toHaveLength(breachedPasswordCount());
    expect(lines.every((line) => line.length >= 12 && line === line.toLowerCase())).toBe(true);
    expect(lines.every((line, i) => i === 0 || lines[i - 1]! < line)).toBe(true);
  });
});
