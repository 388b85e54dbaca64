import type { Metadata } from 'next';
import { SuccessNotice } from '@/components/ui/notice';
import { PageContainer } from '@/components/layout/page-container';
import { PeopleView } from '@/components/members/people-view';
import { PageHeader } from '@/components/ui/page-header';
import { SCHOOL_ROLES } from '@/lib/auth/roles';
import { listMembers } from '@/lib/members/list-members';
import { changeRoleAction, inviteMemberAction, resendInvitationAction, revokeInvitationAction } from '../../../people/actions';
import { loadSchoolPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'School people' };

export default async function SchoolPeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ schoolId: string }>;
  searchParams: Promise<{ removed?: string }>;
}) {
  const { removed } = await searchParams;
  const { actor, school, can } = await loadSchoolPage(params, 'member:read');
  const [list] = await Promise.all([listMembers(actor, { kind: 'school', id: school.id })]);
  return (
    <PageContainer>
      <PageHeader
        title="People"
        description="School leaders run the assessment and strategy, contributors answer questions, and governors read the published strategy."
      />
      {removed ? <SuccessNotice>The member has been removed.</SuccessNotice> : null}
      <PeopleView
        tenantName={school.name}
        list={list}
        roles={[...SCHOOL_ROLES]}
        inviteTargets={[{ value: `school:${school.id}`, label: school.name }]}
        canManage={can.has('member:invite')}
        actions={{ invite: inviteMemberAction, changeRole: changeRoleAction, resend: resendInvitationAction, revoke: revokeInvitationAction }}
      />
    </PageContainer>
  );
}
