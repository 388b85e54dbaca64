// When a reminder is due: pure rules over London calendar days ("YYYY-MM-DD"), unit-tested in
// tests/unit/reminder-rules.test.ts. The daily run (./run-reminders.ts) feeds them facts from the
// database; each returns the event it found, and the event's key, or null.
import { addDays, daysBetween, isoWeek } from '@/lib/dates/calendar-days';

export const DUE_SOON_DAYS = 14;
export const STALLED_AFTER_DAYS = 30;
export const REVIEW_NOTICE_DAYS = 30;
// "No completed cycle in the last 12 months".
export const CYCLE_EVERY_DAYS = 365;
// A school's chosen month only nudges if the last cycle was completed more than half a year ago.
export const CYCLE_MONTH_GAP_DAYS = 183;
// A new school is given a fortnight before its first nudge.
export const FIRST_CYCLE_GRACE_DAYS = 14;

export type OpenAction = { id: string; dueDay: string | null };

/** An owner's actions worth a line in this week's mail: overdue ones, and those due in the next 14 days. */
export function actionsToRemind<T extends OpenAction>(actions: T[], today: string): { overdue: T[]; dueSoon: T[] } {
  const horizon = addDays(today, DUE_SOON_DAYS);
  const dated = actions.filter((a): a is T & { dueDay: string } => a.dueDay !== null).sort((a, b) => a.dueDay.localeCompare(b.dueDay));
  return { overdue: dated.filter((a) => a.dueDay < today), dueSoon: dated.filter((a) => a.dueDay >= today && a.dueDay <= horizon) };
}

export type CycleFacts = { schoolId: string; createdDay: string; lastCompletedDay: string | null; cycleMonth: number | null; hasDraft: boolean };
export type CycleDue = { reason: 'first' | 'year' | 'month'; key: string };

/**
 * The yearly self-assessment is due when no cycle was completed in the last 12 months, or when the
 * school's chosen month arrives and the last one is more than half a year old. A draft already open
 * is the cycle under way (the stalled rule watches it). Reminded once a month while due.
 */
export function cycleDue(facts: CycleFacts, today: string): CycleDue | null {
  if (facts.hasDraft) return null;
  const key = `cycle:${facts.schoolId}:${today.slice(0, 7)}`;
  if (facts.lastCompletedDay === null) return daysBetween(facts.createdDay, today) >= FIRST_CYCLE_GRACE_DAYS ? { reason: 'first', key } : null;
  const age = daysBetween(facts.lastCompletedDay, today);
  if (age >= CYCLE_EVERY_DAYS) return { reason: 'year', key };
  if (facts.cycleMonth === Number(today.slice(5, 7)) && age >= CYCLE_MONTH_GAP_DAYS) return { reason: 'month', key };
  return null;
}

/** A draft with no new answer for 30 days. Once per quiet spell: a new answer starts a new one. */
export function draftStalled(draft: { assessmentId: string; lastActivityDay: string }, today: string): { days: number; key: string } | null {
  const days = daysBetween(draft.lastActivityDay, today);
  return days >= STALLED_AFTER_DAYS ? { days, key: `stalled:${draft.assessmentId}:${draft.lastActivityDay}` } : null;
}

/** The published strategy's review date: once when 30 days or fewer remain, once when it has passed. */
export function strategyReview(
  version: { versionId: string; reviewDay: string | null },
  today: string,
): { state: 'soon' | 'past'; days: number; key: string } | null {
  if (!version.reviewDay) return null;
  const days = daysBetween(today, version.reviewDay);
  if (days < 0) return { state: 'past', days, key: `strategy:${version.versionId}:past` };
  if (days <= REVIEW_NOTICE_DAYS) return { state: 'soon', days, key: `strategy:${version.versionId}:soon` };
  return null;
}

/** Weekly mail has one key per ISO week, so it goes on the first working day the run meets in that week. */
export function weeklyKey(prefix: string, today: string): string {
  return `${prefix}:${isoWeek(today)}`;
}

type Completed = { schoolName: string; cycleLabel: string; overall: number | null; previousOverall: number | null };
type Overdue = { schoolName: string; count: number; newThisWeek: number };
type PastReview = { schoolName: string; reviewDay: string; newThisWeek: boolean };

/**
 * The trust digest's content, or null in a week when nothing happened: no cycle completed, no action
 * newly overdue, no strategy newly past its review. Standing problems are listed when it does go.
 */
export function trustDigest<C extends Completed, O extends Overdue, P extends PastReview>(week: { completed: C[]; overdue: O[]; pastReview: P[] }) {
  const happened = week.completed.length > 0 || week.overdue.some((o) => o.newThisWeek > 0) || week.pastReview.some((p) => p.newThisWeek);
  if (!happened) return null;
  const fellBack = week.completed.filter((c) => c.overall !== null && c.previousOverall !== null && c.overall < c.previousOverall);
  return {
    completed: week.completed,
    fellBack,
    overdue: week.overdue.filter((o) => o.count > 0).sort((a, b) => b.count - a.count || a.schoolName.localeCompare(b.schoolName)),
    pastReview: week.pastReview,
  };
}
