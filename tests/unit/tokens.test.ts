import { describe, expect, it } from 'vitest';
import { INVITATION_TTL_MS, generateLinkToken, hashLinkToken, invitationState, looksLikeLinkToken, tokenMatchesHash } from '@/lib/auth/tokens';

describe('invitation tokens', () => {
  it('are random, URL-safe and stored only as a SHA-256 hash', () => {
    const a = generateLinkToken();
    const b = generateLinkToken();
    expect(a.token).not.toBe(b.token);
    expect(looksLikeLinkToken(a.token)).toBe(true);
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.tokenHash).not.toContain(a.token);
    expect(hashLinkToken(a.token)).toBe(a.tokenHash);
  });

  it('match only their own hash', () => {
    const a = generateLinkToken();
    const b = generateLinkToken();
    expect(tokenMatchesHash(a.token, a.tokenHash)).toBe(true);
    expect(tokenMatchesHash(b.token, a.tokenHash)).toBe(false);
  });

  it('reject malformed tokens before any lookup', () => {
    for (const bad of ['', 'abc', 'x'.repeat(44), `${'a'.repeat(42)}!`, '../../etc/passwd']) {
      expect(looksLikeLinkToken(bad)).toBe(false);
    }
  });

  it('last seven days', () => {
    expect(INVITATION_TTL_MS).toBe(7 * 24 * 60 * 60 * 1000);
  });
});

describe('invitation state', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const base = { acceptedAt: null, revokedAt: null, expiresAt: new Date('2026-11-29T12:00:00Z') };

  it('is pending until it is used, withdrawn or expires', () => {
    expect(invitationState(base, now)).toBe('pending');
    expect(invitationState({ ...base, acceptedAt: now }, now)).toBe('accepted');
    expect(invitationState({ ...base, revokedAt: now }, now)).toBe('revoked');
    expect(invitationState({ ...base, expiresAt: now }, now)).toBe('expired');
  });

  it('reports acceptance even after the expiry date', () => {
    expect(invitationState({ ...base, acceptedAt: now, expiresAt: new Date('2026-01-01') }, now)).toBe('accepted');
  });
});
