'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { DoneGoToSignIn } from '@/components/forms/go-to-sign-in';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

export function ForgotPasswordForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') return <FormMessage state={state} />;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <TextField
        label="Email address"
        name="email"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={state.values?.email ?? ''}
        errors={state.fieldErrors?.email}
      />
      <SubmitButton pendingLabel="Sending…">Send me a reset link</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ action, token }: { action: FormAction; token: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') return <DoneGoToSignIn message={state.message} />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="token" value={token} />
      <TextField
        label="New password"
        name="password"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters. A few unrelated words make a strong password that is easy to remember."
        errors={errors.password}
      />
      <TextField label="Confirm your new password" name="confirmPassword" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
      <SubmitButton pendingLabel="Saving…">Set new password</SubmitButton>
    </form>
  );
}
