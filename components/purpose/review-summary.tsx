import Link from 'next/link';
import { REVIEW_RATING_LABEL, type ReviewEntry } from '@/lib/purpose/review';

type Review = { cycleLabel: string; entries: ReviewEntry[]; underused: string[]; followUps: string[] };

// What the last end-of-cycle review found, which the next cycle starts from.
export function ReviewSummary({ review, reviewHref }: { review: Review | null; reviewHref: string | null }) {
  return (
    <section aria-labelledby="review-heading" className="mb-8 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="review-heading" className="font-bold text-slate-900">
          {review ? `What the ${review.cycleLabel} review found` : 'End-of-cycle review'}
        </h2>
        {reviewHref ? (
          <Link href={reviewHref} className="text-sm font-semibold">
            Review this cycle
          </Link>
        ) : null}
      </div>
      {!review ? (
        <p className="mt-1 text-sm text-slate-700">
          At the end of each cycle, look back at each goal and each platform the school pays for: is it used, and did it help? The next cycle starts from what
          you find.
        </p>
      ) : (
        <>
          {review.followUps.length ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-amber-950" aria-label="To pick up this cycle">
              {review.followUps.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Nothing to pick up: every goal moved and every platform is used.</p>
          )}
          <ul className="mt-3 space-y-1 text-sm">
            {review.entries.map((e) => (
              <li key={`${e.subject}-${e.subjectId}`} className="flex flex-wrap justify-between gap-2">
                <span>
                  <span className="text-slate-600">{e.subject === 'GOAL' ? 'Goal' : 'Platform'}: </span>
                  {e.title}
                </span>
                <span className="text-slate-800">
                  {REVIEW_RATING_LABEL[e.rating]}
                  {e.adoption !== null ? `, used by ${e.adoption}%` : ''}
                  {review.underused.includes(e.title) ? <strong className="ml-1 text-amber-900">(underused)</strong> : null}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
