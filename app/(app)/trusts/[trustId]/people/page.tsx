import type { Metadata } from 'next';
import { SuccessNotice } from '@/components/ui/notice';
import { PageContainer } from '@/components/layout/page-container';
import { PeopleView } from '@/components/members/people-view';
import { PageHeader } from '@/components/ui/page-header';
import { TRUST_ROLES } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { loadOr404 } from '@/lib/http/page-guard';
import { listMembers } from '@/lib/members/list-members';
import { listTrustSchools } from '@/lib/schools/list-schools';
import { getCapabilities } from '@/lib/tenancy/capabilities';
import { getTrust } from '@/lib/trusts/get-trust';
import { changeRoleAction, inviteMemberAction, resendInvitationAction, revokeInvitationAction } from '../../../people/actions';

export const metadata: Metadata = { title: 'Trust people' };

export default async function TrustPeoplePage({
  params,
  searchParams,
}: {
  params: Promise<{ trustId: string }>;
  searchParams: Promise<{ removed?: string }>;
}) {
  const [{ trustId }, { removed }] = await Promise.all([params, searchParams]);
  const actor = await requireActor();
  const trust = await loadOr404(() => getTrust(actor, trustId, 'member:read'));
  const [list, can, schools] = await Promise.all([
    listMembers(actor, { kind: 'trust', id: trust.id }),
    getCapabilities(actor, { kind: 'trust', id: trust.id }),
    listTrustSchools(actor, trust.id),
  ]);
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
      {removed ? (
        <SuccessNotice>The member has been removed.</SuccessNotice>
      ) : null}
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
