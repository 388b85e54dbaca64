import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButtonForm } from '@/components/forms/action-button-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { formatLongDate, parseIsoDate } from '@/lib/dates/format';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { getStrategyWorkspace } from '@/lib/strategy/manage-strategy';
import { publishProblems, REVIEW_CYCLE_LABEL } from '@/lib/strategy/schemas';
import { londonToday } from '@/lib/dates/format';
import { publishStrategyAction } from '../actions';
import { DraftCycleNotice } from '@/components/strategy/draft-cycle-notice';
import { listAssessments } from '@/lib/assessment/get-assessments';

export const metadata: Metadata = { title: 'Publish the digital strategy' };

export default async function PublishStrategyPage({ params }: { params: Promise<{ schoolId: string }> }) {
  const { actor, school: allowed } = await loadSchoolPage(params, 'strategy:publish');
  const workspace = await loadOr404(() => getStrategyWorkspace(actor, allowed.id));
  const { school, sections, basis } = workspace;
  const back = `/schools/${school.id}/strategy`;
  const next = (workspace.versions[0]?.number ?? 0) + 1;
  const problems = Object.entries(publishProblems(sections, londonToday())).flatMap(([field, messages]) => messages.map((message) => ({ field, message })));
  const { open } = await listAssessments(actor, school.id);

  return (
    <PageContainer>
      <PageHeader
        caption="Digital strategy"
        title={`Publish version ${next}`}
        description="Publishing fixes this version for good: governors and the trust can read and download it, and later edits become a new version."
      />
      <DraftCycleNotice draft={open} basisLabel={basis?.cycleLabel ?? null} href={open ? `/schools/${school.id}/assessments/${open.id}` : back} />
      {workspace.version === 0 ? (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-4">
          Save the strategy before publishing it. <Link href={back}>Go back to the strategy</Link>.
        </p>
      ) : problems.length > 0 ? (
        <div className="rounded-md border-2 border-red-700 bg-red-50 p-4" role="alert">
          <h2 className="font-bold text-red-800">The strategy is not ready to publish yet</h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {problems.map((problem) => (
              <li key={problem.message}>
                <a href={`${back}#${problem.field}`} className="font-semibold text-red-800">
                  {problem.message}
                </a>
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            <Link href={back}>Go back to the strategy</Link> to finish it.
          </p>
        </div>
      ) : (
        <div className="space-y-6">
          <dl className="grid max-w-3xl gap-x-6 gap-y-3 rounded-lg border border-slate-200 bg-white p-6 text-sm shadow-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-semibold">Current position</dt>
            <dd>
              {basis
                ? `Scores from the ${basis.cycleLabel} self-assessment (overall ${basis.evaluation.overall.score ?? '—'}%)`
                : 'No completed self-assessment: the document will say so'}
            </dd>
            <dt className="font-semibold">Priorities</dt>
            <dd>{sections.priorities.length}</dd>
            <dt className="font-semibold">Action plan</dt>
            <dd>Every action not dropped, as it stands now, grouped by term</dd>
            <dt className="font-semibold">Digital lead</dt>
            <dd>{sections.digitalLead}</dd>
            <dt className="font-semibold">Governor with oversight</dt>
            <dd>{sections.oversightGovernor}</dd>
            <dt className="font-semibold">Review</dt>
            <dd>
              {REVIEW_CYCLE_LABEL[sections.reviewCycle]}, next by {sections.reviewDate ? formatLongDate(parseIsoDate(sections.reviewDate)) : '—'}
            </dd>
          </dl>
          <ActionButtonForm
            action={publishStrategyAction}
            hidden={{ schoolId: school.id, version: String(workspace.version) }}
            label={`Yes, publish version ${next}`}
            pendingLabel="Publishing…"
          />
          <p>
            <Link href={back}>No, go back to the draft</Link>
          </p>
        </div>
      )}
    </PageContainer>
  );
}
