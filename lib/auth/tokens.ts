import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

// The tokens in emailed links (invitations, password resets): 32 random bytes, unguessable and
// URL-safe; only the hash is stored.
export function generateLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function tokenMatchesHash(token: string, tokenHash: string): boolean {
  const candidate = Buffer.from(hashLinkToken(token), 'hex');
  const stored = Buffer.from(tokenHash, 'hex');
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

export function looksLikeLinkToken(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export type InvitationState = 'pending' | 'accepted' | 'revoked' | 'expired';

export function invitationState(invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date = new Date()): InvitationState {
  if (invitation.acceptedAt) return 'accepted';
  if (invitation.revokedAt) return 'revoked';
  if (invitation.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'pending';
}
