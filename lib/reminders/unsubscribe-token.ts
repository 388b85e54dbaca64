import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';
import { env } from '@/lib/env';
import { EVERY_ORGANISATION, isReminderKind, type ReminderKind } from './kinds';

// One-click unsubscribe (RFC 8058) must work without signing in, so the link itself says who and
// what, signed with the app's secret: nothing to store, and nobody can forge one for someone else.
export type Unsubscribe = { email: string; kind: ReminderKind; scope: string };

function signature(payload: string): string {
  return createHmac('sha256', authSecret()).update(`unsubscribe:${payload}`).digest('base64url');
}

export function unsubscribeToken({ email, kind, scope }: Unsubscribe): string {
  const payload = Buffer.from([email.toLowerCase(), kind, scope].join('\n'), 'utf8').toString('base64url');
  return `${payload}.${signature(payload)}`;
}

export function readUnsubscribeToken(token: unknown): Unsubscribe | null {
  if (typeof token !== 'string' || token.length > 600 || !/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [payload, given] = token.split('.') as [string, string];
  const expected = Buffer.from(signature(payload));
  if (expected.length !== given.length || !timingSafeEqual(expected, Buffer.from(given))) return null;
  const [email, kind, scope, ...rest] = Buffer.from(payload, 'base64url').toString('utf8').split('\n');
  if (rest.length > 0 || !email || !scope || !isReminderKind(kind)) return null;
  if (scope !== EVERY_ORGANISATION && !/^[a-z0-9]{1,40}$/i.test(scope)) return null;
  return { email, kind, scope };
}

// The page people reach from the link in the message, and the address mail clients POST to.
export function unsubscribeLinks(token: string) {
  return {
    page: new URL(`/unsubscribe/${token}`, env().NEXTAUTH_URL).toString(),
    oneClick: new URL(`/api/unsubscribe/${token}`, env().NEXTAUTH_URL).toString(),
  };
}

export function unsubscribeHeaders(token: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${unsubscribeLinks(token).oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
