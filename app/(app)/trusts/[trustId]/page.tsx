import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { SchoolTable } from '@/components/schools/school-table';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/page-header';
import { listTrustSchools } from '@/lib/schools/list-schools';
import { loadTrustPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Trust schools' };

export default async function TrustHomePage({ params }: { params: Promise<{ trustId: string }> }) {
  const { actor, trust, can } = await loadTrustPage(params);
  const [schools, archived] = await Promise.all([listTrustSchools(actor, trust.id), listTrustSchools(actor, trust.id, { archived: true })]);
  const addSchool = can.has('school:create') ? (
    <Link href={`/trusts/${trust.id}/schools/new`} className={buttonClasses.primary}>
      Add a school
    </Link>
  ) : null;

  return (
    <PageContainer>
      <PageHeader title="Schools" description={`${schools.length} ${schools.length === 1 ? 'school' : 'schools'} in ${trust.name}.`} actions={addSchool} />
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
