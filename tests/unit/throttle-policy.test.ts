import { describe, expect, it } from 'vitest';
import { THROTTLE_WINDOW_MS, combine, decide, lockedOutMessage, throttleKey } from '@/lib/auth/throttle-policy';

const now = new Date('2026-11-22T12:00:00Z');
const state = (failures: number, ageMs = 0, lockedForMs: number | null = null) => ({
  failures,
  windowStart: new Date(now.getTime() - ageMs),
  lockedUntil: lockedForMs === null ? null : new Date(now.getTime() + lockedForMs),
});

describe('sign-in throttling', () => {
  it('lets first attempts through at once', () => {
    expect(decide(null, now)).toEqual({ allowed: true, delayMs: 0 });
    expect(decide(state(1), now)).toEqual({ allowed: true, delayMs: 0 });
  });

  it('slows down repeated failures, with a ceiling', () => {
    const delays = [2, 3, 4, 10].map((n) => {
      const d = decide(state(n), now);
      return d.allowed ? d.delayMs : -1;
    });
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[1]).toBeGreaterThan(delays[0]!);
    expect(delays[2]).toBeGreaterThan(delays[1]!);
    expect(delays[3]).toBeLessThanOrEqual(3000);
  });

  it('forgets failures once the window has passed', () => {
    expect(decide(state(4, THROTTLE_WINDOW_MS + 1), now)).toEqual({ allowed: true, delayMs: 0 });
  });

  it('refuses while locked and says for how long', () => {
    const decision = decide(state(5, 0, 10 * 60_000), now);
    expect(decision).toEqual({ allowed: false, retryAfterMs: 10 * 60_000 });
    expect(lockedOutMessage(10 * 60_000)).toMatch(/10 minutes/);
    expect(lockedOutMessage(30_000)).toMatch(/1 minute;/);
  });

  it('takes the stricter of the account and address decisions', () => {
    expect(combine([{ allowed: true, delayMs: 500 }, { allowed: false, retryAfterMs: 1000 }])).toEqual({ allowed: false, retryAfterMs: 1000 });
    expect(combine([{ allowed: true, delayMs: 500 }, { allowed: true, delayMs: 1000 }])).toEqual({ allowed: true, delayMs: 1000 });
  });

  it('normalises keys so case and spaces do not dodge the counter', () => {
    expect(throttleKey('email', ' Head@School.org.uk ')).toBe(throttleKey('email', 'head@school.org.uk'));
  });
});
