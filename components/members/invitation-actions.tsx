'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { InvitationDeliveryPanel } from './invitation-delivery-panel';

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
      <InvitationDeliveryPanel data={resendState.data} id={`delivery-${invitationId}`} />
      {revokeState.status !== 'idle' ? <FormMessage state={revokeState} /> : null}
    </div>
  );
}
