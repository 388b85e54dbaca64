import type { PurposeSummary } from './purpose-rules';
import { REVIEW_RATING_LABEL, type ReviewEntry } from './review';

// What the published strategy says about purpose, frozen with the version: each goal, what
// success looks like, how the school will know, and what serves it.
export type StrategyPurpose = {
  goals: Array<{ title: string; success: string; measure: string; serves: string[] }>;
  shares: PurposeSummary['shares'];
  unlinked: number;
  // The last end-of-cycle review, in words (versions published before reviews existed have none).
  review?: { cycleLabel: string; lines: string[]; followUps: string[] } | null;
};

type Review = { cycleLabel: string; entries: ReviewEntry[]; underused: string[]; followUps: string[] };

function reviewLines(review: Review): string[] {
  return review.entries.map(
    (e) =>
      `${e.title}: ${REVIEW_RATING_LABEL[e.rating].toLowerCase()}${e.adoption !== null ? `, used by ${e.adoption}% of the staff or classes it is for` : ''}${
        review.underused.includes(e.title) ? ' (underused)' : ''
      }${e.note ? `. ${e.note}` : ''}`,
  );
}

export function strategyPurpose(
  goals: ReadonlyArray<{ id: string; title: string; success: string; measure: string }>,
  summary: PurposeSummary,
  review: Review | null = null,
): StrategyPurpose | null {
  if (!goals.length) return null;
  const served = new Map(summary.goals.map((g) => [g.id, g.entries.map((e) => e.title)]));
  return {
    goals: goals.map((g) => ({ title: g.title, success: g.success, measure: g.measure, serves: served.get(g.id) ?? [] })),
    shares: summary.shares,
    unlinked: summary.unlinked.length,
    review: review ? { cycleLabel: review.cycleLabel, lines: reviewLines(review), followUps: review.followUps } : null,
  };
}
