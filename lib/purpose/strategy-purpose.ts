import type { PurposeSummary } from './purpose-rules';

// What the published strategy says about purpose, frozen with the version: each goal, what
// success looks like, how the school will know, and what serves it.
export type StrategyPurpose = {
  goals: Array<{ title: string; success: string; measure: string; serves: string[] }>;
  shares: PurposeSummary['shares'];
  unlinked: number;
};

export function strategyPurpose(
  goals: ReadonlyArray<{ id: string; title: string; success: string; measure: string }>,
  summary: PurposeSummary,
): StrategyPurpose | null {
  if (!goals.length) return null;
  const served = new Map(summary.goals.map((g) => [g.id, g.entries.map((e) => e.title)]));
  return {
    goals: goals.map((g) => ({ title: g.title, success: g.success, measure: g.measure, serves: served.get(g.id) ?? [] })),
    shares: summary.shares,
    unlinked: summary.unlinked.length,
  };
}
