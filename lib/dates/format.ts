// Every date and time Waypoint shows people, in one place: UK time (Europe/London, so GMT in winter
// and BST in summer) and British English, whatever time zone the server or browser runs in.
// Pure (no 'server-only'): server components, client components, the PDF and the CSVs all use it.
//
// Formatters are built once per process: toLocaleDateString builds a new one per call, which cost
// about 9 ms per page for an 80-school trust comparison.
//
// Date-only values. Prisma returns `@db.Date` columns (Action.dueDate, catalogue dates) as JS Dates
// at UTC midnight, and 'YYYY-MM-DD' strings (strategy review dates, <input type="date">) are read
// with parseIsoDate, also to UTC midnight. UTC midnight is 00:00 (GMT) or 01:00 (BST) in London,
// never the evening before, because London is never behind UTC; so formatting a date-only value in
// Europe/London always gives its own calendar day. tests/unit/dates.test.ts checks both seasons.
//
// Month names are as en-GB writes them, capitalised: "12 Feb 2026" (September is "Sept").

export const UK_TIME_ZONE = 'Europe/London';

/** January to December, for "the month the school assesses" and the like (index 0 is January). */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
export const UK_LOCALE = 'en-GB';

const shortDate = new Intl.DateTimeFormat(UK_LOCALE, { day: 'numeric', month: 'short', year: 'numeric', timeZone: UK_TIME_ZONE });
const longDate = new Intl.DateTimeFormat(UK_LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: UK_TIME_ZONE });
const shortDateTime = new Intl.DateTimeFormat(UK_LOCALE, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: UK_TIME_ZONE });
const longDateTime = new Intl.DateTimeFormat(UK_LOCALE, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23', timeZone: UK_TIME_ZONE });
const numericParts = new Intl.DateTimeFormat(UK_LOCALE, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: UK_TIME_ZONE });

/** "12 Feb 2026": tables, badges, short notes. */
export function formatDate(date: Date): string {
  return shortDate.format(date);
}

/** "12 February 2026": page descriptions, the published strategy and its PDF. */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** "12 Feb 2026, 14:05" (24-hour clock): when something happened, as in the audit log. */
export function formatDateTime(date: Date): string {
  return shortDateTime.format(date);
}

/** "12 February 2026 at 14:05" (24-hour clock): a deadline worth reading in full, such as an invitation's expiry. */
export function formatLongDateTime(date: Date): string {
  return longDateTime.format(date);
}

/** The calendar day in London as numbers (month 1 to 12). */
export function londonDateParts(date: Date): { year: number; month: number; day: number } {
  const parts = numericParts.formatToParts(date);
  const part = (type: 'year' | 'month' | 'day') => Number(parts.find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/** "2026-02-12", the London calendar day: CSV cells, file names, <input type="date"> values, stored date-only text. */
export function formatIsoDate(date: Date): string {
  const { year, month, day } = londonDateParts(date);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Today's date in London as "YYYY-MM-DD": what "overdue" and "this year" are measured against, not the server's UTC day. */
export function londonToday(now: Date = new Date()): string {
  return formatIsoDate(now);
}

/**
 * A 'YYYY-MM-DD' calendar date as the Date Prisma uses for `@db.Date` (UTC midnight). It does not
 * validate: check input first with dateOnlyProblem (lib/validation/primitives.ts).
 */
export function parseIsoDate(value: string): Date {
  return new Date(`${value}T00:00:00.000Z`);
}

/**
 * The instant the London day after `value` ('YYYY-MM-DD') begins: access "until 31 March" lasts
 * to the end of 31 March in the UK, in winter and in summer.
 */
export function endOfLondonDay(value: string): Date {
  const next = new Date(parseIsoDate(value).getTime() + 24 * 60 * 60 * 1000);
  // London is UTC or UTC+1: in summer its midnight is 23:00 UTC the evening before.
  const summer = new Date(next.getTime() - 60 * 60 * 1000);
  return formatIsoDate(summer) === formatIsoDate(next) ? summer : next;
}

/** The London day an exclusive end instant (endOfLondonDay's result) falls on the evening of. */
export function lastLondonDay(end: Date): Date {
  return new Date(end.getTime() - 1);
}
