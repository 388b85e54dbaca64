'use client';

import { useActionState } from 'react';
import { InvitationDeliveryPanel } from '@/components/members/invitation-delivery-panel';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

type Option = { value: string; label: string };

export function InviteForm({ action, targets, roles }: { action: FormAction; targets: Option[]; roles: Option[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const keep = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : '');
  return (
    <form action={formAction} noValidate className="space-y-5">
      <FormMessage state={state} />
      {state.status === 'success' ? <InvitationDeliveryPanel data={state.data} /> : null}
      <div className="grid gap-5 md:grid-cols-2">
        <TextField label="Email address" name="email" type="email" autoComplete="off" spellCheck={false} defaultValue={keep('email')} errors={errors.email} />
        <TextField label="Name (optional)" name="name" defaultValue={keep('name')} errors={errors.name} />
        {targets.length > 1 ? (
          <SelectField
            label="Invite to"
            name="tenant"
            options={targets}
            defaultValue={keep('tenant') || targets[0]?.value}
            key={`t-${keep('tenant')}`}
            errors={errors.tenant}
          />
        ) : (
          <input type="hidden" name="tenant" value={targets[0]?.value ?? ''} />
        )}
        <SelectField
          label="Role"
          name="role"
          placeholder="Select a role"
          options={roles}
          defaultValue={keep('role')}
          key={`r-${keep('role')}`}
          errors={errors.role}
          hint={targets.length > 1 ? 'Trust admin and trust viewer are trust roles; the others are for one school.' : undefined}
        />
      </div>
      <SubmitButton pendingLabel="Creating invitation…">Send invitation</SubmitButton>
    </form>
  );
}
