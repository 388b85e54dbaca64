import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { StrategyForm } from '@/components/strategy/strategy-form';
import { VersionList } from '@/components/strategy/version-list';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { formatDate, formatDateTime, formatLongDate, parseIsoDate } from '@/lib/dates/format';
import { buttonClasses } from '@/components/ui/button';
import { getStrategyWorkspace, listPublishedStrategies } from '@/lib/strategy/manage-strategy';
import { autosaveStrategyAction, saveStrategyAction } from './actions';
import { DraftCycleNotice } from '@/components/strategy/draft-cycle-notice';
import { listAssessments } from '@/lib/assessment/get-assessments';
import { londonToday } from '@/lib/dates/format';
import { publishProblems } from '@/lib/strategy/schemas';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';
import { RoadmapBudgetPreview } from '@/components/roadmap/roadmap-budget-preview';
import { getSchoolRoadmap, strategyRoadmap } from '@/lib/roadmap/get-school-roadmap';

export const metadata: Metadata = { title: 'Digital strategy' };

export default async function StrategyPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ saved?: string; published?: string }>;
}) {
  const { saved, published } = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'strategy:read-published');

  if (!can.has('strategy:edit')) {
    const { versions, latest } = await loadOr404(() => listPublishedStrategies(actor, school.id));
    const current = versions[0];
    return (
      <PageContainer>
        <PageHeader
          title="Digital strategy"
          description="The strategy the school’s leaders have published for governors. Each version is fixed once published."
        />
        {!current || !latest ? (
          <EmptyState title="No strategy published yet">The school’s leaders have not published a digital strategy yet.</EmptyState>
        ) : (
          <div className="space-y-8">
            <section aria-labelledby="current-heading" className="rounded-lg border-2 border-brand-600 bg-white p-6 shadow-sm">
              <h2 id="current-heading" className="text-xl font-bold text-slate-900">
                Version {current.number}, published {formatLongDate(current.publishedAt)}
              </h2>
              <p className="mt-1 text-slate-700">
                By {current.publishedByName}.{' '}
                {latest.sections.reviewDate ? `Next review by ${formatLongDate(parseIsoDate(latest.sections.reviewDate))}.` : null}
              </p>
              {latest.sections.priorities.length > 0 ? (
                <>
                  <h3 className="mt-4 font-bold text-slate-900">Priorities</h3>
                  <ol className="mt-1 list-decimal space-y-1 pl-6 text-slate-800">
                    {latest.sections.priorities.slice(0, 5).map((priority) => (
                      <li key={priority}>{priority}</li>
                    ))}
                  </ol>
                  {latest.sections.priorities.length > 5 ? (
                    <p className="mt-1 text-sm text-slate-700">and {latest.sections.priorities.length - 5} more in the document.</p>
                  ) : null}
                </>
              ) : null}
              <a
                href={`/schools/${school.id}/strategy/versions/${current.number}/pdf`}
                className={`${buttonClasses.primary} mt-6 w-full px-6 py-3 text-base sm:w-auto`}
              >
                Download the strategy (PDF{latest.pages ? `, ${latest.pages} pages` : ''})
              </a>
            </section>
            {versions.length > 1 ? (
              <section aria-labelledby="earlier-heading">
                <h2 id="earlier-heading" className="mb-3 text-lg font-bold text-slate-900">
                  Earlier versions
                </h2>
                <VersionList schoolId={school.id} versions={versions.slice(1)} />
              </section>
            ) : null}
          </div>
        )}
      </PageContainer>
    );
  }

  const [workspace, { open }, roadmap] = await Promise.all([
    loadOr404(() => getStrategyWorkspace(actor, school.id)),
    listAssessments(actor, school.id),
    getSchoolRoadmap(actor, school),
  ]);
  const readOnly = Boolean(school.archivedAt);
  const canPublish = can.has('strategy:publish');
  // What stops publishing, shown before the person tries, each linked to its field.
  const problems = workspace.version > 0 ? Object.entries(publishProblems(workspace.sections, londonToday())) : [];
  return (
    <PageContainer>
      {saved ? <SuccessNotice>Draft saved. Only the school’s leaders can see it until you publish.</SuccessNotice> : null}
      {published ? <SuccessNotice>Version {published} is published. Governors and the trust can now download it.</SuccessNotice> : null}
      <PageHeader
        title="Digital strategy"
        description={
          <>
            Write the strategy your governing board approves: purpose first, then where the school stands, what it will do, by when and at what cost.{' '}
            {workspace.savedAt
              ? `Draft last saved ${formatDateTime(workspace.savedAt)}.`
              : workspace.basis
                ? `Nothing saved yet: the text below is a starting point drawn from the ${workspace.basis.cycleLabel} self-assessment.`
                : 'Nothing saved yet: the text below is a starting point to edit.'}
          </>
        }
        actions={
          workspace.version > 0 && canPublish ? (
            <Link href={`/schools/${school.id}/strategy/publish`} className="self-center text-sm font-semibold">
              Publish the saved draft
            </Link>
          ) : null
        }
      />
      <DraftCycleNotice draft={open} basisLabel={workspace.basis?.cycleLabel ?? null} href={open ? `/schools/${school.id}/assessments/${open.id}` : ''} />
      {problems.length > 0 && canPublish ? (
        <section className="mb-6 rounded-md border-l-4 border-slate-500 bg-slate-50 p-4 text-sm" aria-labelledby="before-publishing">
          <h2 id="before-publishing" className="font-bold text-slate-900">
            Before you can publish
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map(([field, messages]) => (
              <li key={field}>
                <a href={`#${field}`}>{messages.join('. ')}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {workspace.basis ? null : (
        <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          The school has no completed self-assessment yet, so the strategy has no scores or suggested priorities.{' '}
          <Link href={`/schools/${school.id}/assessments`}>Complete a cycle</Link> first for the best start.
        </p>
      )}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <StrategyForm
          // A whole-form save reloads the page with a new version: start the editor afresh from it.
          key={workspace.version}
          action={saveStrategyAction}
          autosave={autosaveStrategyAction}
          schoolId={school.id}
          version={workspace.version}
          sections={workspace.sections}
          readOnly={readOnly}
          canPublish={canPublish}
          roadmap={roadmap.current ? <RoadmapBudgetPreview roadmap={strategyRoadmap(roadmap)} href={`/schools/${school.id}/roadmap`} /> : null}
        />
        <aside aria-labelledby="versions-heading" className="space-y-3">
          <h2 id="versions-heading" className="text-lg font-bold text-slate-900">
            Published versions
          </h2>
          {workspace.versions.length === 0 ? (
            <p className="text-sm text-slate-700">Nothing published yet. Governors see only published versions, never this draft.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {workspace.versions.map((version) => (
                <li key={version.id} className="rounded-md border border-slate-200 bg-white p-3">
                  <p className="font-semibold">Version {version.number}</p>
                  <p className="text-slate-700">
                    {formatDate(version.publishedAt)} by {version.publishedByName}
                  </p>
                  <a href={`/schools/${school.id}/strategy/versions/${version.number}/pdf`} className="font-semibold">
                    Download PDF<span className="sr-only"> of version {version.number}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </PageContainer>
  );
}
