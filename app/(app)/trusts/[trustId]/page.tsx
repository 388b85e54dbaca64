import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { SchoolTable } from '@/components/schools/school-table';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { listTrustSchools } from '@/lib/schools/list-schools';
import { loadTrustPage } from '@/lib/http/load-page';
import { londonToday } from '@/lib/dates/format';
import { schoolsNeedingAttention } from '@/lib/trust-overview/attention';
import { getTrustOverview } from '@/lib/trust-overview/get-trust-overview';

export const metadata: Metadata = { title: 'Trust schools' };

export default async function TrustHomePage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust, can } = await loadTrustPage(params);
  const [schools, archived, overview] = await Promise.all([
    listTrustSchools(actor, trust.id),
    listTrustSchools(actor, trust.id, { archived: true }),
    getTrustOverview(actor, trust.id),
  ]);
  const reviewDays = new Map([...overview.strategies].map(([schoolId, strategy]) => [schoolId, strategy.reviewDay]));
  // The CEO's home: where the trust stands, and which schools need a conversation this term.
  const attention = schoolsNeedingAttention(overview.rows, reviewDays, londonToday());
  const overdue = overview.rows.reduce((sum, row) => sum + row.overdueActions, 0);
  const completed = overview.rows.filter((row) => row.latest).length;
  const addSchool = can.has('school:create') ? (
    <>
      <Link href={`/trusts/${trust.id}/schools/new`} className={buttonClasses.primary}>
        Add a school
      </Link>
      <Link href={`/trusts/${trust.id}/schools/import`} className={buttonClasses.secondary}>
        Import from GIAS
      </Link>
    </>
  ) : null;

  return (
    <PageContainer>
      <PageHeader title="Schools" description={`${schools.length} ${schools.length === 1 ? 'school' : 'schools'} in ${trust.name}.`} actions={addSchool} />
      {schools.length > 0 ? (
        <div className="mb-10 space-y-6">
          <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {[
              ['Average overall score', overview.overall.score === null ? '—' : `${overview.overall.score}%`],
              ['Schools with a completed self-assessment', `${completed} of ${overview.rows.length}`],
              ['Published strategies', `${reviewDays.size} of ${overview.rows.length}`],
              ['Overdue actions', String(overdue)],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <dt className="text-sm text-slate-700">{label}</dt>
                <dd className="text-2xl font-bold text-slate-900 tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <section aria-labelledby="attention-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h2 id="attention-heading" className="text-lg font-bold text-slate-900">
                Schools that need attention
              </h2>
              <Link href={`/trusts/${trust.id}/comparison`} className="font-semibold">
                Compare all schools
              </Link>
            </div>
            {attention.length === 0 ? (
              <p className="mt-2 text-slate-700">None: every school has a recent cycle, no overdue actions and a strategy in date.</p>
            ) : (
              <ul className="mt-3 divide-y divide-slate-100">
                {attention.slice(0, 10).map((school) => (
                  <li key={school.id} className="py-2">
                    <Link href={`/schools/${school.id}`} className="font-semibold">
                      {school.name}
                    </Link>
                    <span className="block text-sm text-slate-700">{school.reasons.join(' · ')}</span>
                  </li>
                ))}
              </ul>
            )}
            {attention.length > 10 ? (
              <p className="mt-2 text-sm">
                and {attention.length - 10} more: <Link href={`/trusts/${trust.id}/comparison`}>see the comparison</Link>.
              </p>
            ) : null}
          </section>
        </div>
      ) : null}
      {schools.length === 0 ? (
        <EmptyState title="No schools yet">
          {can.has('school:create')
            ? 'Add your first school with its URN from Get Information About Schools.'
            : 'Your trust administrator has not added any schools yet.'}
        </EmptyState>
      ) : (
        <SchoolTable
          caption={`Schools in ${trust.name}`}
          schools={schools.map((s) => ({ ...s, memberCount: can.has('member:read') ? s.memberCount : undefined }))}
        />
      )}
      {archived.length > 0 ? (
        <section className="mt-10">
          <h2 className="mb-3 text-lg font-bold text-slate-900">Archived schools</h2>
          <SchoolTable caption={`Archived schools in ${trust.name}`} schools={archived.map(({ memberCount: _hidden, ...school }) => school)} />
        </section>
      ) : null}
    </PageContainer>
  );
}
