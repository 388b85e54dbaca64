import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isoWeek, isWorkingDay } from '@/lib/dates/calendar-days';
import { londonToday } from '@/lib/dates/format';
import { actionsToRemind, cycleDue, draftStalled, strategyReview, trustDigest, weeklyKey } from '@/lib/reminders/rules';

describe('calendar days', () => {
  it('count across month, year and clock changes without drifting', () => {
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2027-03-27', 2)).toBe('2027-03-29'); // clocks go forward on 28 March 2027
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2); // and back on 25 October 2026
    expect(daysBetween('2027-01-10', '2027-01-01')).toBe(-9);
  });

  it('number ISO weeks from Monday, with the year of their Thursday', () => {
    expect(isoWeek('2026-12-01')).toBe('2026-W49');
    expect(isoWeek('2026-11-30')).toBe('2026-W49'); // Monday
    expect(isoWeek('2026-11-29')).toBe('2026-W48'); // Sunday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // 2026 has 53 weeks
    expect(isoWeek('2027-01-04')).toBe('2027-W01');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
  });

  it('send on weekdays that are not bank holidays in England and Wales', () => {
    expect(isWorkingDay('2026-12-01')).toBe(true); // Tuesday
    expect(isWorkingDay('2026-12-05')).toBe(false); // Saturday
    expect(isWorkingDay('2026-12-25')).toBe(false); // Christmas Day, Friday
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day's substitute, Monday
    expect(isWorkingDay('2027-03-29')).toBe(false); // Easter Monday
    expect(isWorkingDay('2027-03-30')).toBe(true);
  });

  it('take "today" from London, not from the server clock', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(londonToday(new Date('2027-06-30T23:30:00Z'))).toBe('2027-07-01');
    expect(londonToday(new Date('2027-12-31T23:30:00Z'))).toBe('2027-12-31');
  });
});

describe('reminder rules', () => {
  const today = '2026-12-01';

  it('remind an owner of overdue actions and those due in the next 14 days, soonest first', () => {
    const actions = [
      { id: 'late', dueDay: '2026-11-20' },
      { id: 'today', dueDay: '2026-12-01' },
      { id: 'edge', dueDay: '2026-12-15' },
      { id: 'later', dueDay: '2026-12-16' },
      { id: 'undated', dueDay: null },
      { id: 'later-late', dueDay: '2026-10-01' },
    ];
    const { overdue, dueSoon } = actionsToRemind(actions, today);
    expect(overdue.map((a) => a.id)).toEqual(['later-late', 'late']);
    expect(dueSoon.map((a) => a.id)).toEqual(['today', 'edge']);
  });

  it('call the yearly cycle due after 12 months, in the chosen month, and for a new school after a fortnight', () => {
    const base = { schoolId: 's1', createdDay: '2024-01-01', cycleMonth: null, hasDraft: false };
    expect(cycleDue({ ...base, lastCompletedDay: '2025-12-01' }, today)).toMatchObject({ reason: 'year', key: 'cycle:s1:2026-12' });
    expect(cycleDue({ ...base, lastCompletedDay: '2025-12-02' }, today)).toBeNull();
    expect(cycleDue({ ...base, lastCompletedDay: '2026-05-01', cycleMonth: 12 }, today)).toMatchObject({ reason: 'month' });
    // Completed three months ago: the chosen month does not ask for another one yet.
    expect(cycleDue({ ...base, lastCompletedDay: '2026-09-01', cycleMonth: 12 }, today)).toBeNull();
    expect(cycleDue({ ...base, lastCompletedDay: '2026-05-01', cycleMonth: 1 }, today)).toBeNull();
    expect(cycleDue({ ...base, lastCompletedDay: null, createdDay: '2026-11-20' }, today)).toBeNull();
    expect(cycleDue({ ...base, lastCompletedDay: null, createdDay: '2026-11-17' }, today)).toMatchObject({ reason: 'first' });
    // A draft under way is the cycle: nothing is due.
    expect(cycleDue({ ...base, lastCompletedDay: '2024-12-01', hasDraft: true }, today)).toBeNull();
    // The key changes with the month, so it is sent at most monthly.
    expect(cycleDue({ ...base, lastCompletedDay: '2025-01-01' }, '2027-01-04')?.key).toBe('cycle:s1:2027-01');
  });

  it('call a draft stalled after 30 quiet days, once per quiet spell', () => {
    expect(draftStalled({ assessmentId: 'a1', lastActivityDay: '2026-11-02' }, today)).toBeNull();
    const stalled = draftStalled({ assessmentId: 'a1', lastActivityDay: '2026-11-01' }, today);
    expect(stalled).toEqual({ days: 30, key: 'stalled:a1:2026-11-01' });
    expect(draftStalled({ assessmentId: 'a1', lastActivityDay: '2026-11-01' }, '2026-12-20')?.key).toBe(stalled!.key);
    expect(draftStalled({ assessmentId: 'a1', lastActivityDay: '2026-11-10' }, '2026-12-20')?.key).not.toBe(stalled!.key);
  });

  it('warn about the strategy review 30 days ahead and again once it has passed', () => {
    const version = { versionId: 'v1' };
    expect(strategyReview({ ...version, reviewDay: '2027-01-01' }, today)).toBeNull();
    expect(strategyReview({ ...version, reviewDay: '2026-12-31' }, today)).toMatchObject({ state: 'soon', days: 30, key: 'strategy:v1:soon' });
    expect(strategyReview({ ...version, reviewDay: '2026-12-01' }, today)).toMatchObject({ state: 'soon', days: 0 });
    expect(strategyReview({ ...version, reviewDay: '2026-11-30' }, today)).toMatchObject({ state: 'past', key: 'strategy:v1:past' });
    expect(strategyReview({ ...version, reviewDay: null }, today)).toBeNull();
  });

  it('give weekly mail one key per ISO week', () => {
    expect(weeklyKey('actions:a@b', '2026-11-30')).toBe(weeklyKey('actions:a@b', '2026-12-04'));
    expect(weeklyKey('actions:a@b', '2026-12-07')).not.toBe(weeklyKey('actions:a@b', '2026-12-04'));
  });

  it('send the trust digest only in a week when something happened, and name the schools that fell back', () => {
    const quiet = {
      completed: [],
      overdue: [{ schoolName: 'Oak', count: 4, newThisWeek: 0 }],
      pastReview: [{ schoolName: 'Ash', reviewDay: '2026-01-01', newThisWeek: false }],
    };
    expect(trustDigest(quiet)).toBeNull();
    const digest = trustDigest({
      ...quiet,
      completed: [
        { schoolName: 'Elm', cycleLabel: '2026/27', overall: 52, previousOverall: 61 },
        { schoolName: 'Yew', cycleLabel: '2026/27', overall: 70, previousOverall: 64 },
        { schoolName: 'Fir', cycleLabel: '2026/27', overall: 40, previousOverall: null },
      ],
    });
    expect(digest?.fellBack.map((c) => c.schoolName)).toEqual(['Elm']);
    expect(digest?.overdue).toEqual([{ schoolName: 'Oak', count: 4, newThisWeek: 0 }]);
    expect(trustDigest({ ...quiet, overdue: [{ schoolName: 'Oak', count: 5, newThisWeek: 1 }] })).not.toBeNull();
  });
});
