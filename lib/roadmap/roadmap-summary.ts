// The roadmap as the strategy prints it (frozen in each published version): decisions per term,
// the budget by financial year and the next dated entries. Plain data, so an old version renders
// the same however the roadmap rules change later. Pure.
import type { CostBand } from '@/lib/standards/catalogue-schema';
import type { Budget } from './budget';
import type { RoadmapEntry } from './build-roadmap';
import { termOf, termsBetween } from '@/lib/dates/school-terms';

export type RoadmapSummary = {
  financialYearStart: number;
  terms: Array<{ label: string; count: number }>;
  overdue: number;
  undated: number;
  years: Array<{ label: string; oneOffPence: number; recurringPence: number; bands: Record<Exclude<CostBand, 'NONE'>, number> }>;
  entries: Array<{ title: string; decideOn: string | null; latestOn: string | null; costText: string; overdue: boolean; missing: boolean }>;
  total: number;
};

// The strategy lists this many entries; the Roadmap page has them all.
export const STRATEGY_ROADMAP_ENTRIES = 15;

export function summariseRoadmap(input: {
  entries: readonly RoadmapEntry[];
  budget: Budget;
  today: string;
  until: string;
  financialYearStart: number;
  costText: (entry: RoadmapEntry) => string;
}): RoadmapSummary {
  const terms = termsBetween(input.today, input.until).map((t) => ({ key: t.key, label: t.label, count: 0 }));
  const byKey = new Map(terms.map((t) => [t.key, t]));
  let overdue = 0;
  let undated = 0;
  for (const entry of input.entries) {
    if (entry.overdue || (entry.decisionDate && entry.decisionDate < input.today)) overdue += 1;
    else if (!entry.decisionDate) undated += 1;
    else {
      const term = byKey.get(termOf(entry.decisionDate > input.until ? input.until : entry.decisionDate).key);
      if (term) term.count += 1;
    }
  }
  // Register-dated entries first (they are the decisions with money behind them), then the rest.
  const chosen = [...input.entries].sort((a, b) => Number(a.kind === 'REQUIREMENT') - Number(b.kind === 'REQUIREMENT')).slice(0, STRATEGY_ROADMAP_ENTRIES);
  return {
    financialYearStart: input.financialYearStart,
    terms: terms.map(({ label, count }) => ({ label, count })),
    overdue,
    undated,
    years: input.budget.years.map(({ label, oneOffPence, recurringPence, bands }) => ({ label, oneOffPence, recurringPence, bands })),
    entries: chosen.map((e) => ({
      title: e.title,
      decideOn: e.decisionDate,
      latestOn: e.latestDate,
      costText: input.costText(e),
      overdue: e.overdue,
      missing: e.kind === 'MISSING_FACT',
    })),
    total: input.entries.length,
  };
}
