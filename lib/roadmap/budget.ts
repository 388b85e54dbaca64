// The roadmap's budget by financial year (README, "Roadmap"). One-off costs fall in the year of
// the entry's decision date (that is when money is committed); contracts recur every year at
// their current price, as if renewed. Costs the registers do not give are counted by cost band,
// so a year shows "£12,400 known, plus 3 items of £1,000 to £10,000". Pure.
import type { CostBand } from '@/lib/standards/catalogue-schema';
import type { RoadmapContract, RoadmapEntry } from './build-roadmap';
import { financialYearOf, financialYearsBetween, type FinancialYear } from './financial-year';

export type BudgetYear = FinancialYear & {
  oneOffPence: number;
  recurringPence: number;
  // Entries costed only by band, counted per band (staff-time-only ones are left out).
  bands: Record<Exclude<CostBand, 'NONE'>, number>;
  entries: number;
};

export type Budget = { years: BudgetYear[]; undated: { bands: BudgetYear['bands']; entries: number } };

const emptyBands = () => ({ LOW: 0, MEDIUM: 0, HIGH: 0 });

export function budgetByYear({
  entries,
  contracts,
  today,
  financialYearStart,
  until,
}: {
  entries: readonly RoadmapEntry[];
  contracts: readonly RoadmapContract[];
  today: string;
  financialYearStart: number;
  // The last day the budget reaches: the end of the year holding it is the last year shown.
  until: string;
}): Budget {
  const years: BudgetYear[] = financialYearsBetween(today, until, financialYearStart).map((year) => ({
    ...year,
    oneOffPence: 0,
    recurringPence: 0,
    bands: emptyBands(),
    entries: 0,
  }));
  const byLabel = new Map(years.map((year) => [year.label, year]));
  const undated = { bands: emptyBands(), entries: 0 };
  const last = years[years.length - 1]!;
  for (const entry of entries) {
    const day = entry.decisionDate ?? entry.latestDate;
    // Overdue work is this year's; work after the horizon goes in the last year shown.
    const year = day ? (byLabel.get(financialYearOf(day < today ? today : day, financialYearStart).label) ?? last) : null;
    const target = year ?? undated;
    target.entries += 1;
    if (!entry.cost) continue;
    if (entry.cost.source === 'BAND') {
      if (entry.cost.band !== 'NONE') target.bands[entry.cost.band] += 1;
    } else if (!entry.cost.recurring && year) year.oneOffPence += entry.cost.pence;
  }
  for (const contract of contracts) {
    if (contract.annualCostPence === null) continue;
    for (const year of years) year.recurringPence += contract.annualCostPence;
  }
  return { years, undated };
}
