import 'server-only';
import { prisma } from '@/lib/db/prisma';
import { LIMITS, PAUSE_MS, THROTTLE_WINDOW_MS, decideAttempt, throttleKey, type AttemptDecision, type Counted, type ThrottleKind } from './throttle-policy';

export type ThrottleSubject = { email: string; address: string | null };

// In this order: an attempt refused by the pair limit is not a guess at the password, so it does
// not go on to count against the account everywhere (or slow the address).
function keysFor(subject: ThrottleSubject): Array<{ kind: ThrottleKind; key: string }> {
  const keys: Array<{ kind: ThrottleKind; key: string }> = [];
  if (subject.address) keys.push({ kind: 'pair', key: throttleKey('pair', subject.email, subject.address) });
  keys.push({ kind: 'account', key: throttleKey('account', subject.email) });
  if (subject.address) keys.push({ kind: 'address', key: throttleKey('address', null, subject.address) });
  return keys;
}

// Counts the attempt before the password is looked at, in one atomic statement per key: forty
// parallel guesses count forty, and only those within the limit reach the password check. The
// attempt that reaches a limit starts a pause; while it lasts every attempt is over the limit.
export async function countAttempt(subject: ThrottleSubject, now = new Date()): Promise<{ counted: Counted[]; decision: AttemptDecision }> {
  const windowCutoff = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const pauseUntil = new Date(now.getTime() + PAUSE_MS);
  const counted: Counted[] = [];
  for (const { kind, key } of keysFor(subject)) {
    const limit = Number.isFinite(LIMITS[kind]) ? LIMITS[kind] : 2_000_000_000;
    const [row] = await prisma.$queryRaw<Array<{ failures: number; lockedUntil: Date | null }>>`
      INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, CASE WHEN 1 >= ${limit} THEN ${pauseUntil}::timestamp(3) END, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE
          WHEN t."lockedUntil" > ${now} OR t."windowStart" >= ${windowCutoff} THEN LEAST(t."failures" + 1, 2000000000)
          ELSE 1 END,
        "windowStart" = CASE
          WHEN t."lockedUntil" > ${now} OR t."windowStart" >= ${windowCutoff} THEN t."windowStart"
          ELSE ${now} END,
        "lockedUntil" = CASE
          WHEN t."lockedUntil" > ${now} THEN t."lockedUntil"
          WHEN (CASE WHEN t."windowStart" >= ${windowCutoff} THEN t."failures" + 1 ELSE 1 END) = ${limit} THEN ${pauseUntil}::timestamp(3)
          ELSE NULL END,
        "updatedAt" = ${now}
      RETURNING "failures", "lockedUntil"`;
    counted.push({ kind, attempts: row!.failures, pausedUntil: row!.lockedUntil });
    if (row!.failures > limit) break;
  }
  return { counted, decision: decideAttempt(counted, now) };
}

// A right password clears the person's own counters and takes its own attempt back off the
// address counter, which so counts only failures: a busy school signing in is never slowed, while
// spraying many accounts from one address keeps slowing down.
export async function clearAttempts(subject: ThrottleSubject): Promise<void> {
  const keys = keysFor(subject)
    .filter((k) => k.kind !== 'address')
    .map((k) => k.key);
  await prisma.signInThrottle.deleteMany({ where: { key: { in: keys } } });
  if (subject.address) {
    await prisma.$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${throttleKey('address', null, subject.address)}`;
  }
}

// A plain counter in the same table for other limits (password-reset mails): how many times this
// key was counted in the current window, this time included. Never paused, only counted.
export async function countInWindow(key: string, windowMs: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - windowMs);
  const [row] = await prisma.$queryRaw<Array<{ failures: number }>>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStart", "updatedAt") VALUES (${key}, 1, ${now}, ${now})
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStart" < ${cutoff} THEN 1 ELSE t."failures" + 1 END,
      "windowStart" = CASE WHEN t."windowStart" < ${cutoff} THEN ${now} ELSE t."windowStart" END,
      "updatedAt" = ${now}
    RETURNING "failures"`;
  return row!.failures;
}
