'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// Unlinking asks first: the disclosure spells out what happens, and the button inside does it.
export function UnlinkProviderForm({ action, providerAccountId, providerName }: { action: FormAction; providerAccountId: string; providerName: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') return <FormMessage state={state} />;
  return (
    <details className="mt-2">
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">Unlink this {providerName} account</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <FormMessage state={state} />
        <p className="text-sm text-slate-700">You will no longer be able to sign in with it. You can link it again later.</p>
        <input type="hidden" name="providerAccountId" value={providerAccountId} />
        <SubmitButton variant="danger" pendingLabel="Unlinking…">
          Yes, unlink {providerName}
        </SubmitButton>
      </form>
    </details>
  );
}
