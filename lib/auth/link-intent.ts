import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';
import { authSecret } from './secret';

// Why someone is about to sign in with a provider, carried through the provider's redirect in a
// short-lived signed cookie: to link it to the account they are signed in to, or to accept an
// invitation. Without one, a provider sign-in can only use a link that already exists.
export const LINK_INTENT_COOKIE = 'waypoint.link-intent';
export const LINK_INTENT_TTL_MS = 10 * 60 * 1000;

// An account intent names the session it was made in (user and sessionVersion): it is honoured only
// while that same session is still signed in, so one left behind on a shared computer after a
// cancelled link and a sign-out is worthless.
export type StoredIntent = { kind: 'account'; userId: string; sessionVersion: number; exp: number } | { kind: 'invitation'; tokenHash: string; exp: number };

function sign(payload: string): string {
  return createHmac('sha256', `link-intent:${authSecret()}`).update(payload).digest('base64url');
}

export function encodeLinkIntent(intent: StoredIntent): string {
  const payload = Buffer.from(JSON.stringify(intent)).toString('base64url');
  return `${payload}.${sign(payload)}`;
}

export function decodeLinkIntent(value: string | undefined, now = Date.now()): StoredIntent | null {
  if (!value || value.length > 1000) return null;
  const [payload, signature] = value.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const intent = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as StoredIntent;
    return typeof intent.exp === 'number' && intent.exp > now ? intent : null;
  } catch {
    return null;
  }
}

// Set from a server action just before the provider's sign-in page opens.
export async function setLinkIntentCookie(intent: StoredIntent): Promise<void> {
  (await cookies()).set(LINK_INTENT_COOKIE, encodeLinkIntent(intent), {
    httpOnly: true,
    sameSite: 'lax',
    secure: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
    path: '/',
    maxAge: LINK_INTENT_TTL_MS / 1000,
  });
}
