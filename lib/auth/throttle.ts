import 'server-only';
import { prisma } from '@/lib/db/prisma';
import {
  LOCK_MS,
  MAX_FAILURES,
  THROTTLE_WINDOW_MS,
  combine,
  decide,
  throttleKey,
  type ThrottleDecision,
  type ThrottleKind,
} from './throttle-policy';

type Subject = { email: string; ip: string | null };

function keysFor(subject: Subject): Array<{ kind: ThrottleKind; key: string }> {
  const keys: Array<{ kind: ThrottleKind; key: string }> = [{ kind: 'email', key: throttleKey('email', subject.email) }];
  if (subject.ip) keys.push({ kind: 'ip', key: throttleKey('ip', subject.ip) });
  return keys;
}

export async function checkSignInThrottle(subject: Subject, now = new Date()): Promise<ThrottleDecision> {
  const keys = keysFor(subject);
  const rows = await prisma.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return combine(keys.map(({ key }) => decide(rows.find((row) => row.key === key) ?? null, now)));
}

// One atomic statement per key, so concurrent failures on several app servers all count.
export async function recordSignInFailure(subject: Subject, now = new Date()): Promise<void> {
  const windowCutoff = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const lockUntil = new Date(now.getTime() + LOCK_MS);
  for (const { kind, key } of keysFor(subject)) {
    await prisma.$executeRaw`
      INSERT INTO "SignInThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, NULL, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "SignInThrottle"."windowStart" < ${windowCutoff} THEN 1 ELSE "SignInThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "SignInThrottle"."windowStart" < ${windowCutoff} THEN ${now} ELSE "SignInThrottle"."windowStart" END,
        "lockedUntil" = CASE
          WHEN "SignInThrottle"."windowStart" >= ${windowCutoff} AND "SignInThrottle"."failures" + 1 >= ${MAX_FAILURES[kind]}
          THEN ${lockUntil}::timestamp(3) ELSE "SignInThrottle"."lockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

export async function clearSignInFailures(email: string): Promise<void> {
  await prisma.signInThrottle.deleteMany({ where: { key: throttleKey('email', email) } });
}
