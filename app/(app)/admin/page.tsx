import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PageContainer } from '@/components/layout/page-container';
import { SchoolTable } from '@/components/schools/school-table';
import { buttonClasses } from '@/components/ui/button';
import { Badge, EmptyState, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/dates/format';
import { listFailedJobs } from '@/lib/jobs/failed-jobs';
import { listPlatformDirectory } from '@/lib/trusts/platform-directory';
import { TABLE_SCROLL } from '@/components/ui/table-scroll';

export const metadata: Metadata = { title: 'Platform administration' };

export default async function AdminPage() {
  const actor = await requireActor();
  if (!actor.isPlatformAdmin) notFound();
  const [{ trusts, standaloneSchools }, failedJobs] = await Promise.all([listPlatformDirectory(actor), listFailedJobs(actor, 20)]);
  return (
    <PageContainer>
      <PageHeader
        caption="Platform administration"
        title="Trusts and schools"
        description="Create a trust or a standalone school and name its first administrator. They take it from there."
        actions={
          <>
            <Link href="/admin/trusts/new" className={buttonClasses.primary}>
              Create a trust
            </Link>
            <Link href="/admin/schools/new" className={buttonClasses.secondary}>
              Create a standalone school
            </Link>
            <Link href="/admin/gias" className={buttonClasses.secondary}>
              Import from GIAS
            </Link>
          </>
        }
      />
      <section aria-labelledby="trusts-heading" className="mb-10">
        <h2 id="trusts-heading" className="mb-3 text-xl font-bold text-slate-900">
          Trusts ({trusts.length})
        </h2>
        {trusts.length === 0 ? (
          <EmptyState title="No trusts yet" />
        ) : (
          <div className={TABLE_SCROLL}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">Trusts</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Trust
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">
                    Schools
                  </th>
                  <th scope="col" className="px-4 py-3 text-right font-semibold">
                    Trust members
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {trusts.map((trust) => (
                  <tr key={trust.id}>
                    <th scope="row" className="px-4 py-3 font-semibold">
                      <Link href={`/trusts/${trust.id}`}>{trust.name}</Link> {trust.archivedAt ? <Badge tone="amber">Archived</Badge> : null}
                    </th>
                    <td className="px-4 py-3 text-right tabular-nums">{trust._count.schools}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{trust._count.memberships}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="standalone-heading">
        <h2 id="standalone-heading" className="mb-3 text-xl font-bold text-slate-900">
          Standalone schools ({standaloneSchools.length})
        </h2>
        {standaloneSchools.length === 0 ? (
          <EmptyState title="No standalone schools yet" />
        ) : (
          <SchoolTable caption="Standalone schools" schools={standaloneSchools} />
        )}
      </section>
      <section aria-labelledby="jobs-heading" className="mt-10">
        <h2 id="jobs-heading" className="mb-3 text-xl font-bold text-slate-900">
          Background jobs that failed ({failedJobs.length})
        </h2>
        {failedJobs.length === 0 ? (
          <EmptyState title="No failed jobs">
            Mail, strategy PDFs and the daily run are retried automatically; a job appears here only once it has given up.
          </EmptyState>
        ) : (
          <div className={TABLE_SCROLL}>
            <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
              <caption className="sr-only">Background jobs that failed after their retries, newest first</caption>
              <thead className="bg-slate-50">
                <tr>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Job
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Failed
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Retries
                  </th>
                  <th scope="col" className="px-4 py-3 font-semibold">
                    Error
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-200">
                {failedJobs.map((job) => (
                  <tr key={job.id}>
                    <td className="px-4 py-3 font-mono text-xs">{job.queue}</td>
                    <td className="px-4 py-3">{job.failedOn ? formatDateTime(job.failedOn) : '—'}</td>
                    <td className="px-4 py-3 tabular-nums">{job.retries}</td>
                    <td className="px-4 py-3 break-all">{job.error}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </PageContainer>
  );
}
