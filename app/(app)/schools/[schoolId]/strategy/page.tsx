import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { StrategyForm } from '@/components/strategy/strategy-form';
import { VersionList } from '@/components/strategy/version-list';
import { SuccessNotice } from '@/components/ui/notice';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { formatDate, formatDateTime } from '@/lib/dates/format';
import { getStrategyWorkspace, listPublishedStrategies } from '@/lib/strategy/manage-strategy';
import { saveStrategyAction } from './actions';
import { loadOr404, loadSchoolPage } from '@/lib/http/load-page';

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
    const { versions } = await loadOr404(() => listPublishedStrategies(actor, school.id));
    return (
      <PageContainer>
        <PageHeader
          title="Digital strategy"
          description="The strategy the school’s leaders have published for governors. Each version is fixed once published."
        />
        {versions.length === 0 ? (
          <EmptyState title="No strategy published yet">The school’s leaders have not published a digital strategy yet.</EmptyState>
        ) : (
          <VersionList schoolId={school.id} versions={versions} />
        )}
      </PageContainer>
    );
  }

  const workspace = await loadOr404(() => getStrategyWorkspace(actor, school.id));
  const readOnly = Boolean(school.archivedAt);
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
              : 'Not saved yet: the text below is a starting point drawn from your self-assessment.'}
          </>
        }
        actions={
          workspace.version > 0 && !readOnly ? (
            <Link href={`/schools/${school.id}/strategy/publish`} className="self-center text-sm font-semibold">
              Publish the saved draft
            </Link>
          ) : null
        }
      />
      {workspace.basis ? null : (
        <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
          The school has no completed self-assessment yet, so the strategy has no scores or suggested priorities.{' '}
          <Link href={`/schools/${school.id}/assessments`}>Complete a cycle</Link> first for the best start.
        </p>
      )}
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <StrategyForm action={saveStrategyAction} schoolId={school.id} version={workspace.version} sections={workspace.sections} readOnly={readOnly} />
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
