import { afterEach, describe, expect, it, vi } from 'vitest';
import { isOverdue } from '@/lib/plan/plan-item-options';
import { academicYearLabel } from '@/lib/assessment/evaluate';
import { formatDate, formatDateTime, formatIsoDate, formatLongDate, formatLongDateTime, londonDateParts, londonToday, parseIsoDate } from '@/lib/dates/format';
import { defaultSections } from '@/lib/strategy/content';

const at = (iso: string) => new Date(iso);

describe('formats', () => {
  const winter = at('2026-02-12T14:05:00Z');

  it('writes dates and times the way the UI always has', () => {
    expect(formatDate(winter)).toBe('12 Feb 2026');
    expect(formatLongDate(winter)).toBe('12 February 2026');
    expect(formatDateTime(winter)).toBe('12 Feb 2026, 14:05');
    expect(formatLongDateTime(winter)).toBe('12 February 2026 at 14:05');
    expect(formatIsoDate(winter)).toBe('2026-02-12');
  });

  it('keeps the month capitalised, as the trust comparison test expects', () => {
    expect(`Last completed ${formatDate(winter)}`).toMatch(/Last completed \d{1,2} [A-Z][a-z]{2} \d{4}/);
    expect(formatLongDate(winter)).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it('does not pad the day but does pad ISO dates', () => {
    expect(formatDate(at('2026-01-01T12:00:00Z'))).toBe('1 Jan 2026');
    expect(formatIsoDate(at('2026-01-01T12:00:00Z'))).toBe('2026-01-01');
  });

  it('uses the 24-hour clock', () => {
    expect(formatDateTime(at('2026-02-12T00:05:00Z'))).toBe('12 Feb 2026, 00:05');
    expect(formatDateTime(at('2026-02-12T23:59:00Z'))).toBe('12 Feb 2026, 23:59');
    expect(formatLongDateTime(at('2026-02-12T09:30:00Z'))).toBe('12 February 2026 at 09:30');
  });
});

describe('UK time, GMT and BST', () => {
  it('moves a late-evening UTC moment in summer to the next London day', () => {
    const lateJune = at('2026-06-30T23:30:00Z'); // 00:30 BST on 1 July
    expect(formatDate(lateJune)).toBe('1 Jul 2026');
    expect(formatLongDate(lateJune)).toBe('1 July 2026');
    expect(formatDateTime(lateJune)).toBe('1 Jul 2026, 00:30');
    expect(formatIsoDate(lateJune)).toBe('2026-07-01');
    expect(londonDateParts(lateJune)).toEqual({ year: 2026, month: 7, day: 1 });
  });

  it('leaves winter moments on their UTC day (GMT is UTC)', () => {
    const newYearsEve = at('2026-12-31T23:30:00Z');
    expect(formatDate(newYearsEve)).toBe('31 Dec 2026');
    expect(formatDateTime(newYearsEve)).toBe('31 Dec 2026, 23:30');
    expect(formatIsoDate(newYearsEve)).toBe('2026-12-31');
  });

  it('follows the clocks changing (29 March and 25 October 2026, at 01:00 UTC)', () => {
    expect(formatDateTime(at('2026-03-29T00:59:00Z'))).toBe('29 Mar 2026, 00:59');
    expect(formatDateTime(at('2026-03-29T01:00:00Z'))).toBe('29 Mar 2026, 02:00');
    expect(formatDateTime(at('2026-10-25T00:30:00Z'))).toBe('25 Oct 2026, 01:30');
    expect(formatDateTime(at('2026-10-25T01:30:00Z'))).toBe('25 Oct 2026, 01:30');
  });

  it('does not depend on the time zone the process runs in', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(formatDate(at('2026-06-30T23:30:00Z'))).toBe('1 Jul 2026');
      expect(formatIsoDate(parseIsoDate('2026-07-15'))).toBe('2026-07-15');
      process.env.TZ = 'Pacific/Kiritimati';
      expect(formatDateTime(at('2026-02-12T14:05:00Z'))).toBe('12 Feb 2026, 14:05');
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('date-only values (Prisma @db.Date: UTC midnight)', () => {
  it('reads YYYY-MM-DD as UTC midnight', () => {
    expect(parseIsoDate('2026-07-15').toISOString()).toBe('2026-07-15T00:00:00.000Z');
  });

  it('shows the same calendar day in winter and in summer', () => {
    expect(formatDate(parseIsoDate('2026-01-15'))).toBe('15 Jan 2026');
    expect(formatLongDate(parseIsoDate('2026-01-15'))).toBe('15 January 2026');
    expect(formatIsoDate(parseIsoDate('2026-01-15'))).toBe('2026-01-15');
    expect(formatDate(parseIsoDate('2026-07-15'))).toBe('15 Jul 2026');
    expect(formatLongDate(parseIsoDate('2026-07-15'))).toBe('15 July 2026');
    expect(formatIsoDate(parseIsoDate('2026-07-15'))).toBe('2026-07-15');
    // The days the clocks change.
    expect(formatIsoDate(parseIsoDate('2026-03-29'))).toBe('2026-03-29');
    expect(formatIsoDate(parseIsoDate('2026-10-25'))).toBe('2026-10-25');
  });

  it('round-trips every day of two years, leap day included', () => {
    const mismatches: string[] = [];
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2028, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      if (formatIsoDate(parseIsoDate(iso)) !== iso) mismatches.push(iso);
    }
    expect(mismatches).toEqual([]);
    expect(formatDate(parseIsoDate('2028-02-29'))).toBe('29 Feb 2028');
  });
});

describe('londonToday', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('turns over at London midnight in summer, an hour before UTC does', () => {
    expect(londonToday(at('2026-06-30T22:59:59Z'))).toBe('2026-06-30');
    expect(londonToday(at('2026-06-30T23:00:00Z'))).toBe('2026-07-01');
  });

  it('turns over with UTC in winter', () => {
    expect(londonToday(at('2026-12-31T23:59:59Z'))).toBe('2026-12-31');
    expect(londonToday(at('2027-01-01T00:00:00Z'))).toBe('2027-01-01');
  });

  it('reads the clock when not given a moment', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at('2026-06-30T23:30:00Z'));
    expect(londonToday()).toBe('2026-07-01');
  });
});

describe('rules that count the London day', () => {
  const dueJune30 = { status: 'PLANNED' as const, dueDate: parseIsoDate('2026-06-30') };

  it('an action is overdue from London midnight after its due date', () => {
    expect(isOverdue(dueJune30, at('2026-06-30T22:59:00Z'))).toBe(false); // 23:59 BST on the due day
    expect(isOverdue(dueJune30, at('2026-06-30T23:30:00Z'))).toBe(true); // 00:30 BST the day after
    expect(isOverdue({ ...dueJune30, status: 'DONE' }, at('2026-07-05T12:00:00Z'))).toBe(false);
    expect(isOverdue({ status: 'IN_PROGRESS', dueDate: parseIsoDate('2026-12-30') }, at('2026-12-30T23:59:00Z'))).toBe(false);
    expect(isOverdue({ status: 'IN_PROGRESS', dueDate: parseIsoDate('2026-12-30') }, at('2026-12-31T00:00:00Z'))).toBe(true);
  });

  it('the academic year starts on 1 September in London', () => {
    expect(academicYearLabel(at('2026-08-31T22:59:00Z'))).toBe('2025/26'); // 23:59 BST, 31 August
    expect(academicYearLabel(at('2026-08-31T23:30:00Z'))).toBe('2026/27'); // 00:30 BST, 1 September
    expect(academicYearLabel(at('2026-10-15T12:00:00Z'))).toBe('2026/27');
  });

  it('a first strategy draft reviews on the next 15 July after today in London', () => {
    expect(defaultSections('Riverside', null, at('2026-06-30T22:30:00Z')).reviewDate).toBe('2026-07-15');
    expect(defaultSections('Riverside', null, at('2026-06-30T23:30:00Z')).reviewDate).toBe('2027-07-15');
  });
});
