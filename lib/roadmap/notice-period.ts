// Notice periods as people write them ("3 months", "90 days", "1 year") kept as ISO 8601
// periods ("P3M", "P90D"), so that three calendar months stay three months. Pure.
import { addDays, addMonths } from '@/lib/dates/calendar-days';

const UNITS: Record<string, 'D' | 'W' | 'M' | 'Y'> = {
  d: 'D',
  day: 'D',
  days: 'D',
  w: 'W',
  wk: 'W',
  wks: 'W',
  week: 'W',
  weeks: 'W',
  m: 'M',
  mo: 'M',
  mth: 'M',
  mths: 'M',
  month: 'M',
  months: 'M',
  y: 'Y',
  yr: 'Y',
  yrs: 'Y',
  year: 'Y',
  years: 'Y',
};

export const NOTICE_PERIOD_PROBLEM = 'Enter the notice period like 3 months, 90 days or 1 year';

/** "3 months" → "P3M"; "" → null; anything unreadable → undefined. */
export function parseNoticePeriod(text: string): string | null | undefined {
  const value = text.trim().toLowerCase();
  if (value === '' || value === 'none' || value === '0') return null;
  const iso = /^p(\d{1,4})([dwmy])$/.exec(value);
  if (iso) return `P${Number(iso[1])}${iso[2]!.toUpperCase()}`;
  const words = /^(\d{1,4})\s*([a-z]+)\.?$/.exec(value);
  const unit = words ? UNITS[words[2]!] : undefined;
  if (!words || !unit) return undefined;
  const amount = Number(words[1]);
  if (amount === 0) return null;
  if ((unit === 'D' && amount > 1100) || (unit === 'W' && amount > 160) || (unit === 'M' && amount > 36) || (unit === 'Y' && amount > 3)) return undefined;
  return `P${amount}${unit}`;
}

function parts(period: string): { amount: number; unit: 'D' | 'W' | 'M' | 'Y' } {
  const match = /^P(\d+)([DWMY])$/.exec(period);
  if (!match) throw new Error(`not a notice period: ${period}`);
  return { amount: Number(match[1]), unit: match[2] as 'D' | 'W' | 'M' | 'Y' };
}

/** The day `period` before `day`: the last day to give notice for a contract ending on `day`. */
export function subtractPeriod(day: string, period: string): string {
  const { amount, unit } = parts(period);
  if (unit === 'D') return addDays(day, -amount);
  if (unit === 'W') return addDays(day, -7 * amount);
  return addMonths(day, unit === 'M' ? -amount : -12 * amount);
}

export function describePeriod(period: string): string {
  const { amount, unit } = parts(period);
  const word = { D: 'day', W: 'week', M: 'month', Y: 'year' }[unit];
  return `${amount} ${word}${amount === 1 ? '' : 's'}`;
}
