'use client';

import { signIn } from 'next-auth/react';
import { useActionState, useEffect } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// Linking asks for the current password first; once the server has checked it and noted the
// request, the provider's own sign-in page opens.
export function LinkProviderForm({ action, providers }: { action: FormAction; providers: Array<{ id: string; name: string }> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const provider = state.status === 'success' ? state.data?.provider : undefined;
  useEffect(() => {
    if (provider) void signIn(provider, { callbackUrl: '/account' });
  }, [provider]);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage state={state.status === 'success' ? { status: 'idle' } : state} />
      <TextField
        label="Your Waypoint password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        hint="To link another way of signing in, confirm it is you."
        errors={state.fieldErrors?.currentPassword}
      />
      <div className="flex flex-wrap gap-3">
        {providers.map((p) => (
          <SubmitButton key={p.id} name="provider" value={p.id} variant="secondary" pendingLabel="Opening…">
            Link your {p.name} account
          </SubmitButton>
        ))}
      </div>
    </form>
  );
}
