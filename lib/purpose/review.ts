// The end-of-cycle look back, as pure rules: what each rating means, when a platform counts as
// underused, and what the next cycle starts from.
export const REVIEW_RATINGS = ['HELPED', 'SOMEWHAT', 'NOT_YET', 'NO'] as const;
export type ReviewRating = (typeof REVIEW_RATINGS)[number];
export const REVIEW_RATING_LABEL: Record<ReviewRating, string> = {
  HELPED: 'It helped',
  SOMEWHAT: 'It helped a little',
  NOT_YET: 'Too early to say',
  NO: 'It did not help',
};

// Fewer than half the staff or classes it is for: the school pays for more than it uses.
export const UNDERUSED_BELOW = 50;

export function isUnderused(adoption: number | null): boolean {
  return adoption !== null && adoption < UNDERUSED_BELOW;
}

export type ReviewEntry = { subject: 'GOAL' | 'CONTRACT'; subjectId: string; title: string; adoption: number | null; rating: ReviewRating; note: string };

// What the next cycle should pick up: goals that did not move, platforms nobody uses or that did not help.
export function reviewFollowUps(entries: readonly ReviewEntry[]): string[] {
  return entries.flatMap((e) => {
    if (e.subject === 'CONTRACT' && isUnderused(e.adoption))
      return [`${e.title}: used by ${e.adoption}% of the staff or classes it is for. Decide whether to train, change or stop it.`];
    if (e.subject === 'CONTRACT' && e.rating === 'NO') return [`${e.title}: did not help the goals it serves. Decide whether to keep paying for it.`];
    if (e.subject === 'GOAL' && e.rating === 'NO') return [`${e.title}: no progress this cycle. Look again at what serves it.`];
    return [];
  });
}
