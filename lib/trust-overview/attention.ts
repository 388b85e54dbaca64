// Which of a trust's schools need the CEO's attention, and why: pure, from the comparison's rows
// and each school's strategy review date, so the trust home and its tests share one rule.
import { daysBetween } from '@/lib/dates/calendar-days';
import { formatIsoDate } from '@/lib/dates/format';
import { CYCLE_EVERY_DAYS } from '@/lib/reminders/rules';
import type { SchoolRow } from './aggregate';

export type Attention = { id: string; name: string; reasons: string[] };

export function schoolsNeedingAttention(
  rows: Array<Pick<SchoolRow, 'id' | 'name' | 'latest' | 'change' | 'overdueActions'>>,
  reviewDays: ReadonlyMap<string, string | null>,
  today: string,
): Attention[] {
  return rows
    .map((row) => {
      const reasons: string[] = [];
      if (!row.latest) reasons.push('No completed self-assessment');
      else if (daysBetween(formatIsoDate(row.latest.completedAt), today) >= CYCLE_EVERY_DAYS)
        reasons.push('No self-assessment completed in the last 12 months');
      if (row.change !== null && row.change < 0) reasons.push(`Fell back ${Math.abs(row.change)} points since the cycle before`);
      if (row.overdueActions > 0) reasons.push(`${row.overdueActions} overdue ${row.overdueActions === 1 ? 'action' : 'actions'}`);
      const review = reviewDays.get(row.id);
      if (!reviewDays.has(row.id)) reasons.push('No published strategy');
      else if (review && review < today) reasons.push('Strategy past its review date');
      return { id: row.id, name: row.name, reasons };
    })
    .filter((school) => school.reasons.length > 0)
    .sort((a, b) => b.reasons.length - a.reasons.length || a.name.localeCompare(b.name, 'en-GB'));
}
