// Arithmetic on London calendar days written "YYYY-MM-DD" (see londonToday in ./format): the
// reminder rules count in days and weeks, never in hours, so a clock change cannot move them.
// Pure: unit-tested without a database.

const DAY_MS = 24 * 60 * 60 * 1000;

function toUtc(day: string): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

function fromUtc(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** The same day `months` calendar months later (earlier when negative); 31 March minus one month is 28 or 29 February. */
export function addMonths(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / DAY_MS);
}

/** 0 for Sunday to 6 for Saturday. */
export function weekday(day: string): number {
  return new Date(toUtc(day)).getUTCDay();
}

/** The ISO 8601 week, e.g. "2026-W49": weeks start on Monday; week 1 holds the year's first Thursday. */
export function isoWeek(day: string): string {
  const date = new Date(toUtc(day));
  // The Thursday of the same Monday-to-Sunday week decides the week's year.
  const thursday = toUtc(day) + (3 - ((date.getUTCDay() + 6) % 7)) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.ceil(((thursday - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

// Bank holidays in England and Wales, from https://www.gov.uk/bank-holidays.json (the list GOV.UK
// publishes; it includes substitute days when a holiday falls at a weekend). Schools in Wales,
// Scotland and Northern Ireland have a few different days: England's list is the one DfE's
// standards apply under. After the last year listed only weekends count, and the daily run warns.
// prettier-ignore
export const BANK_HOLIDAYS_ENGLAND_AND_WALES: ReadonlySet<string> = new Set([
  '2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26',
  '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
  '2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28',
  '2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26',
]);
export const LAST_LISTED_BANK_HOLIDAY_YEAR = 2028;

/** Monday to Friday, and not a bank holiday in England and Wales: the days reminders go out. */
export function isWorkingDay(day: string): boolean {
  const dow = weekday(day);
  return dow !== 0 && dow !== 6 && !BANK_HOLIDAYS_ENGLAND_AND_WALES.has(day);
}
