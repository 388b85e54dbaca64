import type { Metadata } from 'next';
import { ConfirmForm } from '@/components/forms/confirm-form';
import { PageContainer } from '@/components/layout/page-container';
import { PageHeader } from '@/components/ui/page-header';
import { ROLE_LABEL } from '@/lib/auth/roles';
import { requireActor } from '@/lib/auth/session';
import { loadOr404 } from '@/lib/http/load-page';
import { getMembership } from '@/lib/members/remove-member';
import { removeMemberAction } from '../../actions';
import { idParam } from '@/lib/http/route-params';

export const metadata: Metadata = { title: 'Remove a member' };

export default async function RemoveMemberPage({ params }: { params: Promise<{ membershipId: string }> }) {
  const { membershipId } = await params;
  const actor = await requireActor();
  const membership = await loadOr404(() => getMembership(actor, idParam(membershipId, 'That member')));
  const tenantName = membership.trust?.name ?? membership.school?.name ?? '';
  const back = membership.trust ? `/trusts/${membership.trust.id}/people` : `/schools/${membership.school?.id}/people`;
  return (
    <PageContainer>
      <PageHeader
        caption={tenantName}
        title={`Remove ${membership.user.name}?`}
        description={
          <>
            {membership.user.name} ({membership.user.email}) is a {ROLE_LABEL[membership.role].toLowerCase()}. They will lose access to {tenantName} straight
            away. Their past changes stay in the audit log. You can invite them again later.
          </>
        }
      />
      <ConfirmForm
        action={removeMemberAction}
        hidden={{ membershipId: membership.id }}
        confirmLabel="Yes, remove them"
        pendingLabel="Removing…"
        cancelHref={back}
      />
    </PageContainer>
  );
}
