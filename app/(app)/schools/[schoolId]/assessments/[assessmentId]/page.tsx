import type { Metadata } from 'next';
import Link from 'next/link';
import { ScoreChart } from '@/components/assessment/score-chart';
import { ScoreSummary } from '@/components/assessment/score-summary';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { SuccessNotice } from '@/components/ui/notice';
import { Card, PageHeader } from '@/components/ui/page-header';
import { CatalogueChangeList } from '@/components/assessment/catalogue-change-list';
import { catalogueChangesBetween } from '@/lib/assessment/catalogue-changes';
import { newerCatalogueFor } from '@/lib/assessment/get-catalogue';
import { catalogueVersionName } from '@/lib/standards/describe-catalogue-change';
import { getAssessment, getPreviousCycle } from '@/lib/assessment/get-assessments';
import { nextStep } from '@/lib/assessment/missing-answers';
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
  searchParams: Promise<{ completed?: string; moved?: string }>;
}) {
  const [{ assessmentId }, { completed, moved }] = await Promise.all([params, searchParams]);
  const { actor, school, can } = await loadSchoolPage(params, 'assessment:read-completed');
  const { assessment, catalogue, answers, values, evaluation } = await loadOr404(() =>
    getAssessment(actor, school.id, idParam(assessmentId, 'That assessment')),
  );
  const draft = assessment.status === 'DRAFT';
  const editable = draft && can.has('assessment:edit');
  const base = `/schools/${school.id}/assessments/${assessment.id}`;

  const previous = await getPreviousCycle(actor, assessment);
  const changes = draft && previous ? await catalogueChangesBetween(previous.catalogueVersionId, assessment.catalogueVersionId) : null;
  const newer = can.has('assessment:submit') ? await newerCatalogueFor(assessment) : null;
  const versionName = catalogueVersionName(assessment.catalogueVersion.version);
  const toReview = draft
    ? catalogue.flatMap((s) => s.requirements).filter((r) => answers.get(r.code) && answers.get(r.code)!.requirementHash !== r.contentHash).length
    : 0;
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
      {moved ? (
        <SuccessNotice>
          This draft now uses the {versionName} catalogue.{' '}
          {toReview > 0 ? `${toReview} carried-over ${toReview === 1 ? 'answer is' : 'answers are'} marked for you to check. ` : ''}New questions are waiting to
          be answered.
        </SuccessNotice>
      ) : null}
      <PageHeader
        caption={`Self-assessment · ${versionName} catalogue (${assessment.catalogueVersion.version})`}
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
      {newer ? (
        <div className="mb-8 rounded-md border-2 border-brand-700 bg-brand-50 p-4" role="region" aria-labelledby="newer-catalogue">
          <h2 id="newer-catalogue" className="text-lg font-bold text-slate-900">
            A newer catalogue is available: {catalogueVersionName(newer.version)}
          </h2>
          <p className="mt-1 text-slate-800">
            DfE’s standards were updated after this draft started. You can move the draft to the new catalogue (your answers carry over and you will see what
            changes first), or finish this cycle on the {versionName} one and move to the new one next cycle.
          </p>
          <p className="mt-3 flex flex-wrap gap-4">
            <Link href={`${base}/move`} className={buttonClasses.primary}>
              Move this draft to the {catalogueVersionName(newer.version)} catalogue
            </Link>
            <Link href={`/help/standards/${newer.version}`} className="py-2 font-semibold">
              What changed in {catalogueVersionName(newer.version)}
            </Link>
          </p>
        </div>
      ) : null}
      {editable ? (
        <div className="mb-8">
          <NextStepPanel step={nextStep(catalogue, values)} cycleLabel={assessment.cycleLabel} base={base} canComplete={can.has('assessment:submit')} />
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
            <div className="space-y-4">
              <CatalogueChangeList headingLevel={3} title="New requirements" entries={changes.added} />
              <CatalogueChangeList headingLevel={3} title="Changed requirements (check your carried-over answers)" entries={changes.changed} describe />
              <CatalogueChangeList headingLevel={3} title="Retired requirements (no longer assessed)" entries={changes.retired} />
              {changes.updated.length > 0 ? (
                <p className="text-sm text-slate-800">
                  {changes.updated.length} more requirements have clearer hints or titles only; answers to them stand.{' '}
                  <Link href={`/help/standards/${assessment.catalogueVersion.version}`}>Everything that changed</Link>
                </p>
              ) : null}
            </div>
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
