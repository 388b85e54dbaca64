import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import Link from 'next/link';
import { SchoolForm } from '@/components/forms/school-form';
import { SuccessNotice } from '@/components/ui/notice';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/page-header';
import { updateSchoolAction } from '../actions';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'School details' };

export default async function EditSchoolPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ archived?: string; restored?: string }>;
}) {
  const flags = await searchParams;
  // An archived school has no editable details, but its trust comes here to restore it.
  const { school, can } = await loadSchoolPage(params, 'school:read', { visit: false });
  if (!can.has('school:update') && !can.has('school:archive')) notFound();
  return (
    <PageContainer>
      {flags.archived || flags.restored ? (
        <SuccessNotice>{flags.archived ? `${school.name} has been archived.` : `${school.name} has been restored.`}</SuccessNotice>
      ) : null}
      <PageHeader title="School details" description="Keep these in line with Get Information About Schools." />
      {can.has('school:update') ? (
        <SchoolForm
          action={updateSchoolAction}
          hidden={{ schoolId: school.id, version: String(school.version) }}
          defaults={{
            name: school.name,
            urn: school.urn,
            phase: school.phase,
            type: school.type,
            localAuthority: school.localAuthority,
            cycleMonth: school.cycleMonth ? String(school.cycleMonth) : '',
            financialYearStart: school.financialYearStart ? String(school.financialYearStart) : '',
          }}
          submitLabel="Save changes"
          successMessage="School details saved."
          urnLocked={!can.has('school:change-urn')}
        />
      ) : (
        <p className="max-w-xl text-slate-700">This school is archived, so its details cannot be changed. Restore it to edit them.</p>
      )}
      {can.has('school:archive') ? (
        <div className="mt-12 max-w-xl">
          <Card title={school.archivedAt ? 'Restore this school' : 'Archive this school'}>
            <p className="mb-4 text-sm text-slate-700">
              {school.archivedAt
                ? 'Restoring brings the school back into the trust’s lists, and its people can change things again. While archived, everything stays readable but nothing can be changed.'
                : 'Archiving hides the school from lists and stops its people reaching it through the switcher. Nothing is deleted, and you can restore it.'}
            </p>
            <Link href={`/schools/${school.id}/archive`} className={school.archivedAt ? buttonClasses.secondary : buttonClasses.danger}>
              {school.archivedAt ? 'Restore school' : 'Archive school'}
            </Link>
          </Card>
        </div>
      ) : null}
    </PageContainer>
  );
}
