// A trust's roadmaps rolled up (README, "Roadmap"): spend by financial year and category across
// its schools, and procurement opportunities, where several schools must decide about the same
// kind of contract or kit at about the same time and could buy together. Pure.
import { addMonths } from '@/lib/dates/calendar-days';
import { formatLongDate, parseIsoDate } from '@/lib/dates/format';
import { CONTRACT_SERVICE_LABEL, KIT_CATEGORY_LABEL } from '@/lib/registers/register-options';
import type { ContractService, KitCategory } from '@/lib/generated/prisma/enums';
import type { RoadmapEntry } from './build-roadmap';
import { financialYearOf } from './financial-year';

export type SchoolRoadmap = {
  schoolId: string;
  schoolName: string;
  entries: RoadmapEntry[];
  contracts: Array<{ id: string; service: ContractService; annualCostPence: number | null; providedByTrust: boolean }>;
};
export type RegisterFacts = {
  contracts: ReadonlyMap<string, { service: ContractService }>;
  kit: ReadonlyMap<string, { category: KitCategory; quantity: number }>;
};

export type SpendRow = { category: string; years: Record<string, number>; total: number };

/** One-off spend by category (contract service or kit category) and recurring contract spend, by financial year. */
export function spendByYearAndCategory(
  schools: readonly SchoolRoadmap[],
  facts: RegisterFacts,
  years: readonly string[],
  startMonth: number,
  today: string,
): SpendRow[] {
  const rows = new Map<string, SpendRow>();
  const add = (category: string, year: string, pence: number) => {
    if (!years.includes(year)) return;
    const row = rows.get(category) ?? { category, years: Object.fromEntries(years.map((y) => [y, 0])), total: 0 };
    row.years[year] = (row.years[year] ?? 0) + pence;
    row.total += pence;
    rows.set(category, row);
  };
  const trustItems = new Set<string>();
  for (const school of schools) {
    for (const entry of school.entries) {
      if (entry.cost?.source !== 'REGISTER' || entry.cost.recurring) continue;
      const day = entry.decisionDate ?? entry.latestDate;
      if (!day) continue;
      const ref = entry.registerItems[0];
      const kit = ref?.register === 'KIT' ? facts.kit.get(ref.id) : undefined;
      // A trust's kit is the same kit at every school it covers: counted once.
      if (ref?.providedByTrust) {
        if (trustItems.has(ref.id)) continue;
        trustItems.add(ref.id);
      }
      add(kit ? KIT_CATEGORY_LABEL[kit.category] : 'Other', financialYearOf(day < today ? today : day, startMonth).label, entry.cost.pence);
    }
  }
  // Recurring: each school's own contracts, and each trust contract once.
  const seen = new Set<string>();
  for (const school of schools)
    for (const contract of school.contracts) {
      if (contract.annualCostPence === null || seen.has(contract.id)) continue;
      seen.add(contract.id);
      for (const year of years) add(`${CONTRACT_SERVICE_LABEL[contract.service]} (recurring)`, year, contract.annualCostPence);
    }
  return [...rows.values()].sort((a, b) => b.total - a.total || a.category.localeCompare(b.category));
}

export type Opportunity = { kind: 'CONTRACT' | 'KIT'; what: string; schools: string[]; from: string; to: string; units: number; sentence: string };

// Decisions within this window of each other could be bought together.
export const CONTRACT_WINDOW_MONTHS = 6;
export const KIT_WINDOW_MONTHS = 12;

const long = (day: string) => formatLongDate(parseIsoDate(day));

/** The largest group of schools deciding about the same thing within the window, per service and per kit category (two schools or more). */
export function procurementOpportunities(schools: readonly SchoolRoadmap[], facts: RegisterFacts, today: string): Opportunity[] {
  type Point = { school: string; day: string; units: number };
  const groups = new Map<string, { kind: 'CONTRACT' | 'KIT'; what: string; points: Point[] }>();
  for (const school of schools)
    for (const entry of school.entries) {
      const ref = entry.registerItems[0];
      // Only what the schools buy themselves: a trust contract is already bought together.
      if (!ref || ref.providedByTrust || !entry.latestDate || entry.latestDate < today) continue;
      if (entry.kind === 'CONTRACT') {
        const contract = facts.contracts.get(ref.id);
        if (!contract) continue;
        const key = `contract:${contract.service}`;
        const group = groups.get(key) ?? { kind: 'CONTRACT' as const, what: CONTRACT_SERVICE_LABEL[contract.service].toLowerCase(), points: [] };
        group.points.push({ school: school.schoolName, day: entry.latestDate, units: 1 });
        groups.set(key, group);
      } else if (entry.kind === 'KIT') {
        const kit = facts.kit.get(ref.id);
        if (!kit) continue;
        const key = `kit:${kit.category}`;
        const group = groups.get(key) ?? { kind: 'KIT' as const, what: KIT_CATEGORY_LABEL[kit.category].toLowerCase(), points: [] };
        group.points.push({ school: school.schoolName, day: entry.latestDate, units: kit.quantity });
        groups.set(key, group);
      }
    }
  const found: Opportunity[] = [];
  for (const group of groups.values()) {
    // Several entries of one school (two contracts, three batches) count as one school.
    const points = [...group.points].sort((a, b) => a.day.localeCompare(b.day));
    const months = group.kind === 'CONTRACT' ? CONTRACT_WINDOW_MONTHS : KIT_WINDOW_MONTHS;
    let best: Point[] = [];
    for (let i = 0; i < points.length; i++) {
      const end = addMonths(points[i]!.day, months);
      const window = points.filter((p, j) => j >= i && p.day <= end);
      if (new Set(window.map((p) => p.school)).size > new Set(best.map((p) => p.school)).size) best = window;
    }
    const names = [...new Set(best.map((p) => p.school))];
    if (names.length < 2) continue;
    const from = best[0]!.day;
    const to = best[best.length - 1]!.day;
    const units = best.reduce((sum, p) => sum + p.units, 0);
    const sentence =
      group.kind === 'CONTRACT'
        ? `${names.length} schools’ ${group.what} contracts end between ${long(from)} and ${long(to)}.`
        : `${names.length} schools have ${units} ${group.what} items due for replacement between ${long(from)} and ${long(to)}.`;
    found.push({ kind: group.kind, what: group.what, schools: names.sort(), from, to, units, sentence });
  }
  return found.sort((a, b) => b.schools.length - a.schools.length || a.from.localeCompare(b.from));
}
