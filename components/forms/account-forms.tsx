'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

export function ProfileForm({ action, name }: { action: FormAction; name: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <TextField label="Full name" name="name" autoComplete="name" defaultValue={state.values?.name ?? name} errors={state.fieldErrors?.name} />
      <SubmitButton>Save name</SubmitButton>
    </form>
  );
}

export function PasswordForm({ action, email }: { action: FormAction; email: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Current password" name="currentPassword" type="password" autoComplete="current-password" errors={errors.currentPassword} />
      <TextField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="At least 12 characters."
        errors={errors.newPassword}
      />
      <TextField label="Confirm new password" name="confirmPassword" type="password" autoComplete="new-password" errors={errors.confirmPassword} />
      <p className="text-sm text-slate-700">Changing your password signs you out everywhere, including here.</p>
      <SubmitButton pendingLabel="Changing password…">Change password</SubmitButton>
    </form>
  );
}
