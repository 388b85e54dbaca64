import 'server-only';
import { decode } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { authSecret } from './secret';

// next-auth's own name for its cookie, with the prefix it adds when the site is served over https.
export function sessionCookieName(): string {
  return `${env().NEXTAUTH_URL.startsWith('https://') ? '__Secure-' : ''}next-auth.session-token`;
}

/**
 * Who a session cookie names and which of their session versions it was issued under, or null
 * for a missing, tampered or expired one. Whether that version is still current is the
 * database's to say (lib/auth/options.ts, the session callback).
 */
export async function readSessionToken(token: string | undefined): Promise<{ userId: string; sessionVersion: number } | null> {
  if (!token) return null;
  const payload = await decode({ token, secret: authSecret() }).catch(() => null);
  if (!payload?.sub || typeof payload.sessionVersion !== 'number') return null;
  return { userId: payload.sub, sessionVersion: payload.sessionVersion };
}
