// Sign-in throttling rules, kept pure so they can be tested without a database.
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;
export const MAX_FAILURES = { email: 5, ip: 20 } as const;
// From the third failure each attempt waits a little longer, up to 3 seconds.
const SLOW_FROM = 3;
const MAX_DELAY_MS = 3000;

export type ThrottleKind = keyof typeof MAX_FAILURES;

export type ThrottleState = { failures: number; windowStart: Date; lockedUntil: Date | null };

export type ThrottleDecision =
  | { allowed: true; delayMs: number }
  | { allowed: false; retryAfterMs: number };

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.trim().toLowerCase()}`;
}

export function failuresInWindow(state: ThrottleState | null, now: Date): number {
  if (!state) return 0;
  return now.getTime() - state.windowStart.getTime() >= THROTTLE_WINDOW_MS ? 0 : state.failures;
}

export function decide(state: ThrottleState | null, now: Date): ThrottleDecision {
  if (state?.lockedUntil && state.lockedUntil.getTime() > now.getTime()) {
    return { allowed: false, retryAfterMs: state.lockedUntil.getTime() - now.getTime() };
  }
  const failures = failuresInWindow(state, now);
  if (failures < SLOW_FROM - 1) return { allowed: true, delayMs: 0 };
  return { allowed: true, delayMs: Math.min(MAX_DELAY_MS, 250 * 2 ** (failures - (SLOW_FROM - 1))) };
}

// Combines the per-account and per-address decisions: the stricter one wins.
export function combine(decisions: ThrottleDecision[]): ThrottleDecision {
  const refused = decisions.filter((d): d is Extract<ThrottleDecision, { allowed: false }> => !d.allowed);
  if (refused.length > 0) return { allowed: false, retryAfterMs: Math.max(...refused.map((d) => d.retryAfterMs)) };
  return { allowed: true, delayMs: Math.max(0, ...decisions.map((d) => (d.allowed ? d.delayMs : 0))) };
}

export function lockedOutMessage(retryAfterMs: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return `Too many failed sign-in attempts. Sign-in is paused for ${minutes} minute${minutes === 1 ? '' : 's'}; please try again then.`;
}
