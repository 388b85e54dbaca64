'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState, type FormAction } from '@/lib/actions/form-state';
import { InvitationLinkPanel } from './invitation-link-panel';

export function InvitationActions({ invitationId, email, resend, revoke }: { invitationId: string; email: string; resend: FormAction; revoke: FormAction }) {
  const [resendState, resendAction] = useActionState(resend, initialFormState);
  const [revokeState, revokeAction] = useActionState(revoke, initialFormState);
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <form action={resendAction}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <SubmitButton variant="secondary" pendingLabel="Re-sending…">
            Re-send<span className="sr-only"> invitation to {email}</span>
          </SubmitButton>
        </form>
        <form action={revokeAction}>
          <input type="hidden" name="invitationId" value={invitationId} />
          <SubmitButton variant="secondary" pendingLabel="Withdrawing…">
            Withdraw<span className="sr-only"> invitation to {email}</span>
          </SubmitButton>
        </form>
      </div>
      {resendState.status !== 'idle' ? <FormMessage state={resendState} /> : null}
      {resendState.data?.link ? <InvitationLinkPanel link={resendState.data.link} email={email} id={`link-${invitationId}`} /> : null}
      {revokeState.status !== 'idle' ? <FormMessage state={revokeState} /> : null}
    </div>
  );
}
