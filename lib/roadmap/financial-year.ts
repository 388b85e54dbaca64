// Financial years (README, "Roadmap"): academies and their trusts run September to August,
// maintained schools April to March. A school may set its own start month; else its trust's;
// else by its type. Pure.
import type { SchoolType } from '@/lib/generated/prisma/enums';

const ACADEMY_TYPES: ReadonlySet<SchoolType> = new Set<SchoolType>(['ACADEMY_CONVERTER', 'ACADEMY_SPONSOR_LED', 'FREE_SCHOOL']);
export const ACADEMY_YEAR_START = 9;
export const MAINTAINED_YEAR_START = 4;

export function financialYearStartFor(
  school: { type: SchoolType; financialYearStart: number | null; trustId: string | null },
  trustStart: number | null,
): number {
  if (school.financialYearStart) return school.financialYearStart;
  if (trustStart) return trustStart;
  // A school in a trust is an academy whatever its GIAS type says (trusts run academies only).
  return school.trustId || ACADEMY_TYPES.has(school.type) ? ACADEMY_YEAR_START : MAINTAINED_YEAR_START;
}

export type FinancialYear = { label: string; start: string; end: string };

const pad = (n: number) => String(n).padStart(2, '0');

/** The financial year holding `day` ("YYYY-MM-DD"), labelled like "2026/27" (or "2027" when it starts in January). */
export function financialYearOf(day: string, startMonth: number): FinancialYear {
  const [year, month] = day.split('-').map(Number) as [number, number];
  const first = month >= startMonth ? year : year - 1;
  const start = `${first}-${pad(startMonth)}-01`;
  const endDate = new Date(Date.UTC(first + 1, startMonth - 1, 0));
  const end = endDate.toISOString().slice(0, 10);
  const label = startMonth === 1 ? String(first) : `${first}/${pad((first + 1) % 100)}`;
  return { label, start, end };
}

/** Every financial year from the one holding `from` to the one holding `to`, in order. */
export function financialYearsBetween(from: string, to: string, startMonth: number): FinancialYear[] {
  const years: FinancialYear[] = [];
  let year = financialYearOf(from, startMonth);
  const last = financialYearOf(to, startMonth);
  while (year.start <= last.start) {
    years.push(year);
    const [y] = year.start.split('-').map(Number) as [number];
    year = financialYearOf(`${y + 1}-${pad(startMonth)}-01`, startMonth);
  }
  return years;
}
