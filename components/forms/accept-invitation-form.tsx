'use client';

import { useActionState } from 'react';
import { DoneGoToSignIn } from '@/components/forms/go-to-sign-in';
import { FormMessage } from '@/components/ui/form-message';
import { TextField } from '@/components/ui/field';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState, type FormAction } from '@/lib/actions/form-state';

export function AcceptInvitationForm({
  action,
  token,
  email,
  suggestedName,
}: {
  action: FormAction;
  token: string;
  email: string;
  suggestedName?: string | null;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') return <DoneGoToSignIn message={state.message} />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField label="Email address" name="email-display" value={email} readOnly disabled hint="You were invited at this address." />
      <TextField label="Your full name" name="name" autoComplete="name" defaultValue={state.values?.name ?? suggestedName ?? ''} errors={errors.name} />
      <TextField
        label="Create a password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
        errors={errors.password}
      />
      <TextField label="Confirm your password" name="confirmPassword" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
      <SubmitButton pendingLabel="Creating your account…">Create account and join</SubmitButton>
    </form>
  );
}

export function JoinWithExistingAccountForm({ action }: { action: (state: FormState) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <SubmitButton pendingLabel="Joining…">Accept invitation</SubmitButton>
    </form>
  );
}
