import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { missingAnswers, missingByStandard } from '@/lib/assessment/missing-answers';
import { completeAssessmentAction } from '../../actions';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Complete the cycle' };

export default async function CompleteAssessmentPage({ params }: { params: Promise<{ schoolId: string; assessmentId: string }> }) {
  const { assessmentId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'assessment:submit');
  const { assessment, catalogue, values, evaluation } = await loadOr404(() => getAssessment(actor, school.id, idParam(assessmentId, 'That assessment')));
  if (assessment.status !== 'DRAFT') notFound();
  const base = `/schools/${school.id}/assessments/${assessment.id}`;
  const missing = missingAnswers(catalogue, values);

  if (missing.length > 0) {
    return (
      <PageContainer>
        <PageHeader
          title={`The ${assessment.cycleLabel} cycle is not finished yet`}
          description={
            <p>
              {missing.length} of {evaluation.overall.total} requirements still need an answer. Answer each one, or mark it not applicable with a reason; then
              you can complete the cycle. Governors, the strategy and the trust see only completed cycles.
            </p>
          }
        />
        <div className="max-w-3xl space-y-5">
          {missingByStandard(missing).map((group) => (
            <section key={group.slug} aria-labelledby={`missing-${group.slug}`} className="rounded-lg border border-slate-200 bg-white p-5">
              <h2 id={`missing-${group.slug}`} className="text-lg font-bold text-slate-900">
                {group.title}: {group.items.length} unanswered
              </h2>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {group.items.map((item) => (
                  <li key={item.code}>
                    <Link href={`${base}/${group.slug}#answer:${item.code}`}>
                      Question {item.number}: {item.title}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          <p>
            <Link href={base}>Back to the cycle</Link>
          </p>
        </div>
      </PageContainer>
    );
  }

  return (
    <PageContainer>
      <PageHeader
        title={`Complete the ${assessment.cycleLabel} cycle?`}
        description={
          <p>
            Every requirement is answered. The answers become a read-only record with today’s scores: an overall score of{' '}
            <strong>{evaluation.overall.score === null ? 'none yet' : `${evaluation.overall.score}%`}</strong>. Governors, the strategy and the trust then see
            them. Next year’s cycle will start from these answers.
          </p>
        }
      />
      <ConfirmForm
        action={completeAssessmentAction}
        hidden={{ assessmentId: assessment.id }}
        confirmLabel="Yes, complete the cycle"
        pendingLabel="Completing…"
        cancelHref={base}
        variant="primary"
      />
    </PageContainer>
  );
}
