import type { Metadata } from 'next';
import Link from 'next/link';
import { PageContainer } from '@/components/layout/page-container';
import { SuccessNotice } from '@/components/ui/notice';
import { PageHeader } from '@/components/ui/page-header';
import { DigitalRolesForm } from '@/components/schools/digital-roles-form';
import { loadSchoolPage } from '@/lib/http/load-page';
import { getDigitalRoleCandidates, getDigitalRoles } from '@/lib/schools/digital-roles';
import { setDigitalRolesAction } from '../actions';

export const metadata: Metadata = { title: 'Digital leadership' };

export default async function DigitalLeadershipPage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const { saved } = await searchParams;
  const { actor, school } = await loadSchoolPage(params, 'school:update');
  const [roles, candidates] = await Promise.all([getDigitalRoles(actor, school.id), getDigitalRoleCandidates(actor, school.id)]);
  return (
    <PageContainer>
      {saved ? <SuccessNotice>Saved. They appear on the overview and in the strategy, and get its reminders.</SuccessNotice> : null}
      <PageHeader
        caption={school.name}
        title="Digital leadership"
        description="Name the person who leads digital strategy and the governor who oversees it. Both appear on the overview and in the strategy, and Waypoint sends them the school’s reminders about the self-assessment and the strategy’s review."
      />
      <DigitalRolesForm
        action={setDigitalRolesAction}
        schoolId={school.id}
        version={roles.version}
        leadId={roles.lead?.id ?? null}
        governorId={roles.governor?.id ?? null}
        leads={candidates.leads}
        governors={candidates.governors}
      />
      <p className="mt-6 text-sm">
        <Link href={`/schools/${school.id}/people`}>Invite someone to the school</Link> if the person is not listed.
      </p>
    </PageContainer>
  );
}
