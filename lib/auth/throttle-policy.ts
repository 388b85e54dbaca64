// Sign-in throttling rules, kept pure so they can be tested without a database.
// See docs/decisions/004-sign-in-throttle.md for why the limits are keyed this way.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const PAUSE_MS = 15 * 60 * 1000;

// A whole school shares one public address, so an address is only ever slowed, never paused.
// One account from one address pauses first; the account from everywhere has a higher bar, so a
// stranger guessing from many addresses is stopped without a colleague's typos locking it.
export const LIMITS = { pair: 5, account: 20, address: Number.POSITIVE_INFINITY } as const;
export type ThrottleKind = keyof typeof LIMITS;

// From this many failures from one address each attempt waits longer, up to MAX_DELAY_MS.
const ADDRESS_SLOW_FROM = 10;
const MAX_DELAY_MS = 3000;
// Warn when this many tries (or fewer) remain before a pause.
const WARN_WITHIN = 2;

// One counter after this attempt was counted: attempts in the current window, this one included.
// The attempt that reaches a limit starts the pause (and still gets its check: it may be right);
// every later one is over the limit until the pause ends.
export type Counted = { kind: ThrottleKind; attempts: number; pausedUntil: Date | null };

export type AttemptDecision = { allowed: true; delayMs: number } | { allowed: false; retryAfterMs: number };

export function throttleKey(kind: ThrottleKind, email: string | null, address: string | null = null): string {
  const normal = (value: string | null) => (value ?? '').trim().toLowerCase();
  if (kind === 'account') return `account:${normal(email)}`;
  if (kind === 'address') return `address:${normal(address)}`;
  return `pair:${normal(email)}|${normal(address)}`;
}

// Counting comes first (atomically, in the database); this decides what the counted attempt may do.
export function decideAttempt(counted: Counted[], now: Date): AttemptDecision {
  const paused = counted.filter((c) => c.attempts > LIMITS[c.kind]);
  if (paused.length > 0) {
    const until = Math.max(...paused.map((c) => c.pausedUntil?.getTime() ?? now.getTime() + PAUSE_MS));
    return { allowed: false, retryAfterMs: Math.max(1000, until - now.getTime()) };
  }
  const address = counted.find((c) => c.kind === 'address');
  return { allowed: true, delayMs: address ? addressDelayMs(address.attempts) : 0 };
}

export function addressDelayMs(attempts: number): number {
  if (attempts < ADDRESS_SLOW_FROM) return 0;
  return Math.min(MAX_DELAY_MS, 100 * 2 ** (attempts - ADDRESS_SLOW_FROM));
}

// Tries left before a pause, counting the one just failed; null when no limit is near.
export function triesLeft(counted: Counted[]): number | null {
  const left = counted.filter((c) => Number.isFinite(LIMITS[c.kind])).map((c) => LIMITS[c.kind] - c.attempts);
  if (left.length === 0) return null;
  return Math.max(0, Math.min(...left));
}

export function failureMessage(base: string, counted: Counted[]): string {
  const left = triesLeft(counted);
  if (left === 0) return pausedMessage(PAUSE_MS);
  if (left !== null && left <= WARN_WITHIN) {
    return `${base} ${left} more ${left === 1 ? 'try' : 'tries'} before sign-in pauses for ${PAUSE_MS / 60_000} minutes.`;
  }
  return base;
}

export function pausedMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Sign-in is paused for ${minutes} minute${minutes === 1 ? '' : 's'}; please try again then.`;
}
