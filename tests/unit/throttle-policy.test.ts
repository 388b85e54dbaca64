import { describe, expect, it } from 'vitest';
import {
  LIMITS,
  PAUSE_MS,
  addressDelayMs,
  decideAttempt,
  failureMessage,
  pausedMessage,
  throttleKey,
  triesLeft,
  type Counted,
} from '@/lib/auth/throttle-policy';

const now = new Date('2026-11-22T12:00:00Z');
const counted = (kind: Counted['kind'], attempts: number, pausedForMs: number | null = null): Counted => ({
  kind,
  attempts,
  pausedUntil: pausedForMs === null ? null : new Date(now.getTime() + pausedForMs),
});

describe('sign-in throttling rules', () => {
  it('lets attempts within every limit through at once', () => {
    expect(decideAttempt([counted('account', 1), counted('pair', 1), counted('address', 1)], now)).toEqual({ allowed: true, delayMs: 0 });
    // The attempt that reaches the limit is still checked: it may be the right password.
    expect(decideAttempt([counted('account', 5), counted('pair', LIMITS.pair)], now).allowed).toBe(true);
  });

  it('pauses one account from one address after five tries, and says for how long', () => {
    const decision = decideAttempt([counted('account', 6), counted('pair', LIMITS.pair + 1, 10 * 60_000)], now);
    expect(decision).toEqual({ allowed: false, retryAfterMs: 10 * 60_000 });
    expect(pausedMessage(10 * 60_000)).toMatch(/paused for 10 minutes/);
    expect(pausedMessage(30_000)).toMatch(/1 minute;/);
  });

  it('pauses an account tried from many addresses only at the higher account limit', () => {
    expect(decideAttempt([counted('account', LIMITS.account), counted('pair', 1)], now).allowed).toBe(true);
    expect(decideAttempt([counted('account', LIMITS.account + 1, PAUSE_MS), counted('pair', 1)], now).allowed).toBe(false);
  });

  it('never pauses an address (a whole school shares one), only slows it down with a ceiling', () => {
    const decision = decideAttempt([counted('account', 1), counted('pair', 1), counted('address', 10_000)], now);
    expect(decision).toEqual({ allowed: true, delayMs: 3000 });
    expect(addressDelayMs(3)).toBe(0);
    expect(addressDelayMs(11)).toBeGreaterThan(addressDelayMs(10));
    expect(addressDelayMs(1000)).toBe(3000);
  });

  it('warns before a pause, counting the tries that are left', () => {
    expect(triesLeft([counted('account', 3), counted('pair', 3), counted('address', 50)])).toBe(2);
    expect(failureMessage('Wrong.', [counted('account', 1), counted('pair', 1)])).toBe('Wrong.');
    expect(failureMessage('Wrong.', [counted('account', 3), counted('pair', 3)])).toBe('Wrong. 2 more tries before sign-in pauses for 15 minutes.');
    expect(failureMessage('Wrong.', [counted('account', 4), counted('pair', 4)])).toBe('Wrong. 1 more try before sign-in pauses for 15 minutes.');
    expect(failureMessage('Wrong.', [counted('account', 5), counted('pair', 5)])).toMatch(/paused for 15 minutes/);
  });

  it('normalises keys so case and spaces do not dodge the counter', () => {
    expect(throttleKey('account', ' Head@School.org.uk ')).toBe(throttleKey('account', 'head@school.org.uk'));
    expect(throttleKey('pair', 'A@b.uk', '10.0.0.1')).toBe('pair:a@b.uk|10.0.0.1');
    expect(throttleKey('address', null, '10.0.0.1')).toBe('address:10.0.0.1');
  });
});
