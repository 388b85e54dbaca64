'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// One button; once it has worked, the page says so and the button goes.
export function UnsubscribeForm({ action, token, label }: { action: FormAction; token: string; label: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') {
    return (
      <p role="status" className="rounded-md border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <SubmitButton pendingLabel="Unsubscribing…">{label}</SubmitButton>
    </form>
  );
}
