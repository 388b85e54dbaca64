import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { completeAssessmentAction } from '../../actions';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Complete the cycle' };

export default async function CompleteAssessmentPage({ params }: { params: Promise<{ schoolId: string; assessmentId: string }> }) {
  const { assessmentId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'assessment:submit');
  const { assessment, evaluation } = await loadOr404(() => getAssessment(actor, school.id, idParam(assessmentId, 'That assessment')));
  if (assessment.status !== 'DRAFT') notFound();
  const unanswered = evaluation.overall.total - evaluation.overall.answered;
  return (
    <PageContainer>
      <PageHeader
        title={`Complete the ${assessment.cycleLabel} cycle?`}
        description={
          <>
            <p>
              The answers become a read-only record with today’s scores: an overall score of{' '}
              <strong>{evaluation.overall.score === null ? 'none yet' : `${evaluation.overall.score}%`}</strong>. Governors can then read the summary. Next
              year’s cycle will start from these answers.
            </p>
            {unanswered > 0 ? (
              <p className="mt-3 rounded-md border-l-4 border-amber-500 bg-amber-50 p-3 font-semibold text-amber-900">
                {unanswered} of {evaluation.overall.total} requirements are still unanswered. They will count as not met.
              </p>
            ) : null}
          </>
        }
      />
      <ConfirmForm
        action={completeAssessmentAction}
        hidden={{ assessmentId: assessment.id }}
        confirmLabel="Yes, complete the cycle"
        pendingLabel="Completing…"
        cancelHref={`/schools/${school.id}/assessments/${assessment.id}`}
        variant="primary"
      />
    </PageContainer>
  );
}
