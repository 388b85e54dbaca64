import type { Metadata } from 'next';
import Link from 'next/link';
import { ScoreChart } from '@/components/assessment/score-chart';
import { ScoreSummary } from '@/components/assessment/score-summary';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { Card, PageHeader } from '@/components/ui/page-header';
import { catalogueChangesBetween } from '@/lib/assessment/catalogue-changes';
import { getAssessment, getPreviousCycle } from '@/lib/assessment/get-assessments';
import { nextStep } from '@/lib/assessment/missing-answers';
import type { AnswerValue } from '@/lib/assessment/answer-options';
import { NextStepPanel } from '@/components/assessment/next-step-panel';
import { formatLongDate } from '@/lib/dates/format';
import { LAYER_LABEL, type Layer } from '@/lib/standards/catalogue-schema';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Assessment cycle' };

export default async function AssessmentCyclePage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string; assessmentId: string }>;
  searchParams: Promise<{ completed?: string }>;
}) {
  const [{ assessmentId }, { completed }] = await Promise.all([params, searchParams]);
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read-completed');
  const { assessment, catalogue, answers, evaluation } = await loadOr404(() => getAssessment(actor, school.id, idParam(assessmentId, 'That assessment')));
  const draft = assessment.status === 'DRAFT';
  const editable = draft && can.has('assessment:edit');
  const base = `/schools/${school.id}/assessments/${assessment.id}`;

  const previous = await getPreviousCycle(actor, assessment);
  const changes = draft && previous ? await catalogueChangesBetween(previous.catalogueVersionId, assessment.catalogueVersionId) : null;
  const previousScores = new Map((previous?.summary?.standards ?? []).map((s) => [s.slug, s.score]));
  const previousOverall = previous?.summary?.overall.score ?? null;

  const byLayer = ([1, 2, 3, 4] as Layer[]).map((layer) => ({
    layer,
    rows: evaluation.standards
      .filter((s) => s.layer === layer)
      .map((s) => ({
        slug: s.slug,
        title: s.title,
        core: s.core,
        score: s.result.score,
        maturity: s.result.maturity,
        answered: s.result.answered,
        total: s.result.total,
        previousScore: previous ? (previousScores.get(s.slug) ?? null) : undefined,
        href: `${base}/${s.slug}`,
      })),
  }));

  return (
    <PageContainer>
      {completed ? <SuccessNotice>The {assessment.cycleLabel} cycle is complete. Its answers and scores are now kept as a record.</SuccessNotice> : null}
      <PageHeader
        caption={`Self-assessment · standards version ${assessment.catalogueVersion.version}`}
        title={`${assessment.cycleLabel} cycle`}
        description={
          draft
            ? `In progress since ${formatLongDate(assessment.startedAt)}. Work through the standards in any order; answers save as you choose them. Governors, the strategy and the trust see the cycle once it is completed.`
            : `Completed on ${assessment.completedAt ? formatLongDate(assessment.completedAt) : ''}. This record no longer changes.`
        }
        actions={
          draft && can.has('assessment:submit') ? (
            <Link href={`${base}/complete`} className={buttonClasses.primary}>
              Complete this cycle
            </Link>
          ) : null
        }
      />
      {editable ? (
        <div className="mb-8">
          <NextStepPanel
            step={nextStep(catalogue, new Map([...answers].map(([code, a]) => [code, a.value as AnswerValue])))}
            cycleLabel={assessment.cycleLabel}
            base={base}
            canComplete={can.has('assessment:submit')}
          />
        </div>
      ) : null}
      <ScoreSummary
        overall={evaluation.overall}
        label={draft ? 'Overall score so far (draft)' : 'Overall score'}
        change={previous && evaluation.overall.score !== null && previousOverall !== null ? evaluation.overall.score - previousOverall : null}
      />

      {changes && (changes.added.length || changes.changed.length || changes.retired.length) ? (
        <div className="mt-8">
          <Card title="What changed in the standards since your last cycle">
            <ChangeList title="New requirements" items={changes.added} />
            <ChangeList title="Changed requirements (check your carried-over answers)" items={changes.changed} />
            <ChangeList title="Retired requirements (no longer assessed)" items={changes.retired} />
          </Card>
        </div>
      ) : null}

      <div className="mt-10 space-y-8">
        {byLayer
          .filter((group) => group.rows.length > 0)
          .map((group) => (
            <section key={group.layer} aria-labelledby={`layer-${group.layer}`}>
              <h2 id={`layer-${group.layer}`} className="mb-3 text-lg font-bold text-slate-900">
                {group.layer}. {LAYER_LABEL[group.layer]}
              </h2>
              <ScoreChart rows={group.rows} caption={`${LAYER_LABEL[group.layer]}: scores per standard`} showProgress />
            </section>
          ))}
      </div>
      <p className="mt-8 text-sm text-slate-700">
        {editable ? 'Choose a standard to answer its questions.' : 'Choose a standard to see its answers.'} {catalogue.length} standards,{' '}
        {catalogue.reduce((sum, s) => sum + s.requirements.length, 0)} requirements.
      </p>
    </PageContainer>
  );
}

function ChangeList({ title, items }: { title: string; items: Array<{ code: string; title: string; standardTitle: string }> }) {
  if (items.length === 0) return null;
  return (
    <div className="mb-4">
      <h3 className="text-sm font-bold text-slate-900">
        {title} ({items.length})
      </h3>
      <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
        {items.map((item) => (
          <li key={item.code}>
            {item.standardTitle}: {item.title}
          </li>
        ))}
      </ul>
    </div>
  );
}
