import type { CatalogueChanges, CatalogueEntry, ChangedEntry } from '@/lib/standards/catalogue-diff';

export type DraftMoveEffect = {
  // Answers that carry over, including those that will be flagged for review.
  kept: number;
  // Answered requirements whose question, strength or timing changed: shown for review.
  toReview: ChangedEntry[];
  // Requirements the draft has not met before: new questions to answer.
  added: CatalogueEntry[];
  // Answers to retired requirements, which leave the draft (they stay in the audit log).
  removed: CatalogueEntry[];
};

// What moving a draft to a newer catalogue would do to its answers, before anyone confirms.
export function draftMoveEffect(changes: CatalogueChanges, answered: ReadonlySet<string>): DraftMoveEffect {
  const toReview = changes.changed.filter((entry) => answered.has(entry.code));
  const removed = changes.retired.filter((entry) => answered.has(entry.code));
  return { kept: answered.size - removed.length, toReview, added: changes.added, removed };
}
