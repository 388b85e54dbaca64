import type { Metadata } from 'next';
import { SuccessNotice } from '@/components/ui/notice';
import { PageContainer } from '@/components/layout/page-container';
import { PeopleView } from '@/components/members/people-view';
import { PageHeader } from '@/components/ui/page-header';
import { TRUST_ROLES } from '@/lib/auth/roles';
import { listMembers } from '@/lib/members/list-members';
import { listTrustSchools } from '@/lib/schools/list-schools';
import { changeRoleAction, inviteMemberAction, resendInvitationAction, revokeInvitationAction } from '../../../people/actions';
import { loadTrustPage } from '@/lib/http/load-page';

export const metadata: Metadata = { title: 'Trust people' };

export default async function TrustPeoplePage({ params, searchParams }: { params: Promise<{ trustId: string }>; searchParams: Promise<{ removed?: string }> }) {
  const { removed } = await searchParams;
  const { actor, trust, can } = await loadTrustPage(params, 'member:read');
  const [list, schools] = await Promise.all([listMembers(actor, { kind: 'trust', id: trust.id }), listTrustSchools(actor, trust.id)]);
  const inviteTargets = [
    { value: `trust:${trust.id}`, label: `${trust.name} (the trust)` },
    ...schools.map((school) => ({ value: `school:${school.id}`, label: school.name })),
  ];
  return (
    <PageContainer>
      <PageHeader
        title="People"
        description="Trust admins and viewers see every school in the trust. To manage a school’s own staff and governors, open the school’s People page."
      />
      {removed ? <SuccessNotice>The member has been removed.</SuccessNotice> : null}
      <PeopleView
        tenantName={trust.name}
        list={list}
        roles={[...TRUST_ROLES]}
        inviteTargets={inviteTargets}
        canManage={can.has('member:invite')}
        actions={{ invite: inviteMemberAction, changeRole: changeRoleAction, resend: resendInvitationAction, revoke: revokeInvitationAction }}
      />
    </PageContainer>
  );
}
