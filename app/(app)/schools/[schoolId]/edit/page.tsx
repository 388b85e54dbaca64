import type { Metadata } from 'next';
import Link from 'next/link';
import { SchoolForm } from '@/components/forms/school-form';
import { SuccessNotice } from '@/components/ui/notice';
import { PageContainer } from '@/components/layout/page-container';
import { buttonClasses } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/page-header';
import { requireActor } from '@/lib/auth/session';
import { loadOr404 } from '@/lib/http/page-guard';
import { getSchool } from '@/lib/schools/get-school';
import { getCapabilities } from '@/lib/tenancy/capabilities';
import { updateSchoolAction } from '../actions';

export const metadata: Metadata = { title: 'School details' };

export default async function EditSchoolPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ archived?: string; restored?: string }>;
}) {
  const [{ schoolId }, flags] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const school = await loadOr404(() => getSchool(actor, schoolId, 'school:update'));
  const can = await getCapabilities(actor, { kind: 'school', id: school.id }, school.trustId);
  return (
    <PageContainer>
      {flags.archived || flags.restored ? (
        <SuccessNotice>{flags.archived ? `${school.name} has been archived.` : `${school.name} has been restored.`}</SuccessNotice>
      ) : null}
      <PageHeader title="School details" description="Keep these in line with Get Information About Schools." />
      <SchoolForm
        action={updateSchoolAction}
        hidden={{ schoolId: school.id }}
        defaults={{ name: school.name, urn: school.urn, phase: school.phase, type: school.type, localAuthority: school.localAuthority }}
        submitLabel="Save changes"
        successMessage="School details saved."
      />
      {can.has('school:archive') ? (
        <div className="mt-12 max-w-xl">
          <Card title={school.archivedAt ? 'Restore this school' : 'Archive this school'}>
            <p className="mb-4 text-sm text-slate-700">
              {school.archivedAt
                ? 'Restoring brings the school back into the trust’s lists. Its people regain access.'
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
