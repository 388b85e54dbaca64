import type { Metadata } from 'next';
import Link from 'next/link';
import { PurposeReviewForm } from '@/components/purpose/review-form';
import { PageContainer } from '@/components/layout/page-container';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { loadSchoolPage } from '@/lib/http/load-page';
import { getPurposeReview } from '@/lib/purpose/manage-review';
import { savePurposeReviewAction } from '../actions';

export const metadata: Metadata = { title: 'Review the cycle' };

export default async function PurposeReviewPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { actor, school } = await loadSchoolPage(params, 'strategy:edit');
  const { cycle, subjects, previous } = await getPurposeReview(actor, school.id);
  const back = `/schools/${school.id}/purpose`;
  return (
    <PageContainer>
      <PageHeader
        caption="Purpose"
        title={cycle ? `Review the ${cycle.cycleLabel} cycle` : 'Review the cycle'}
        description="For each learning goal and each platform the school pays for: is it used, and did it help? Rate what you can; anything left unrated stays unreviewed. The next cycle starts from what you find, and the strategy shows it."
      />
      {previous?.followUps.length ? (
        <section aria-labelledby="previous-heading" className="mb-6 rounded-md border-l-4 border-amber-600 bg-amber-50 p-4 text-sm text-amber-950">
          <h2 id="previous-heading" className="font-bold">
            Picked up from the {previous.cycleLabel} review
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {previous.followUps.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {!cycle ? (
        <EmptyState title="No cycle to review yet">
          Start the school’s self-assessment first: the review belongs to a cycle.{' '}
          <Link href={`/schools/${school.id}/assessments`}>Go to the self-assessment</Link>
        </EmptyState>
      ) : subjects.length === 0 ? (
        <EmptyState title="Nothing to review yet">
          Name the school’s <Link href={back}>learning goals</Link>, and record the platforms it pays for in the{' '}
          <Link href={`/schools/${school.id}/registers`}>registers</Link>.
        </EmptyState>
      ) : (
        <PurposeReviewForm action={savePurposeReviewAction} hidden={{ schoolId: school.id, assessmentId: cycle.id }} subjects={subjects} />
      )}
    </PageContainer>
  );
}
