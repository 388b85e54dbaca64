import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { PageContainer } from '@/components/layout/page-container';
import { CatalogueChangeList } from '@/components/assessment/catalogue-change-list';
import { Card, EmptyState, PageHeader } from '@/components/ui/page-header';
import { catalogueChangesBetween } from '@/lib/assessment/catalogue-changes';
import { draftMoveEffect } from '@/lib/assessment/draft-move-effect';
import { getAssessment } from '@/lib/assessment/get-assessments';
import { newerCatalogueFor } from '@/lib/assessment/get-catalogue';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';
import { catalogueVersionName } from '@/lib/standards/describe-catalogue-change';
import { moveDraftAction } from '../../actions';

export const metadata: Metadata = { title: 'Move this draft to the newest catalogue' };

export default async function MoveDraftPage({ params }: { params: Promise<{ schoolId: string; assessmentId: string }> }) {
  const { assessmentId } = await params;
  const { actor, school } = await loadSchoolPage(params, 'assessment:submit');
  const { assessment, answers } = await loadOr404(() => getAssessment(actor, school.id, idParam(assessmentId, 'That assessment')));
  const base = `/schools/${school.id}/assessments/${assessment.id}`;
  const latest = await newerCatalogueFor(assessment);
  const from = catalogueVersionName(assessment.catalogueVersion.version);

  if (!latest) {
    return (
      <PageContainer>
        <PageHeader caption="Self-assessment" title="Nothing to move" />
        <EmptyState
          title={
            assessment.status === 'DRAFT'
              ? `This draft already uses the newest catalogue (${from}).`
              : 'Completed cycles keep the catalogue they were answered on.'
          }
        >
          <Link href={base}>Back to the {assessment.cycleLabel} cycle</Link>
        </EmptyState>
      </PageContainer>
    );
  }

  const to = catalogueVersionName(latest.version);
  const changes = (await catalogueChangesBetween(assessment.catalogueVersionId, latest.id))!;
  const effect = draftMoveEffect(changes, new Set(answers.keys()));

  return (
    <PageContainer>
      <PageHeader
        caption={`Self-assessment · ${assessment.cycleLabel} cycle`}
        title={`Move this draft to the ${to} catalogue`}
        description={`Your draft is answered against the ${from} catalogue. Here is what moving it would do. Nothing changes until you confirm, and you can instead finish this cycle on the ${from} catalogue.`}
      />
      <Card title="What happens to your answers">
        <ul className="list-disc space-y-1 pl-5 text-slate-800">
          <li>
            <strong>{effect.kept}</strong> {effect.kept === 1 ? 'answer carries' : 'answers carry'} over.
            {effect.toReview.length > 0 ? ` ${effect.toReview.length} of them will be marked for you to check, because the question changed.` : ''}
          </li>
          <li>
            <strong>{effect.added.length}</strong> new {effect.added.length === 1 ? 'question' : 'questions'} to answer.
          </li>
          {effect.removed.length > 0 ? (
            <li>
              <strong>{effect.removed.length}</strong> {effect.removed.length === 1 ? 'answer leaves' : 'answers leave'} the draft, because DfE no longer asks
              it (the audit log keeps what you had answered).
            </li>
          ) : null}
          {changes.updated.length > 0 ? (
            <li>
              <strong>{changes.updated.length}</strong> requirements have clearer hints or titles only: those answers stand.
            </li>
          ) : null}
        </ul>
        <div className="mt-6 flex flex-wrap items-start gap-4">
          <ActionButtonForm
            action={moveDraftAction}
            hidden={{ assessmentId: assessment.id, catalogueVersionId: latest.id }}
            label={`Move this draft to the ${to} catalogue`}
            pendingLabel="Moving the draft…"
          />
          <Link href={base} className="py-2 font-semibold">
            Keep finishing on the {from} catalogue
          </Link>
        </div>
      </Card>
      <div className="mt-8 space-y-6">
        <CatalogueChangeList title="Answers you will need to check" entries={effect.toReview} describe />
        <CatalogueChangeList title="New questions" entries={effect.added} />
        <CatalogueChangeList title="Answers that leave the draft" entries={effect.removed} />
      </div>
      <p className="mt-8 text-sm text-slate-700">
        <Link href={`/help/standards/${latest.version}`}>Read everything that changed in {to}</Link>
      </p>
    </PageContainer>
  );
}
