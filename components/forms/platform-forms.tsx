'use client';

import { useActionState } from 'react';
import { InvitationDeliveryPanel } from '@/components/members/invitation-delivery-panel';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState, type FormAction } from '@/lib/actions/form-state';
import { SchoolFields } from './school-form';

function Created({ state, noun }: { state: FormState; noun: string }) {
  return (
    <div className="space-y-4">
      <FormMessage state={state} />
      <InvitationDeliveryPanel data={state.data} />
      {state.data?.href ? (
        <p>
          <a href={state.data.href} className="font-semibold">
            Go to the new {noun}
          </a>{' '}
          · <a href="/admin">Back to all organisations</a>
        </p>
      ) : null}
    </div>
  );
}

function FirstAdminFields({ state, roleLabel }: { state: FormState; roleLabel: string }) {
  const errors = state.fieldErrors ?? {};
  return (
    <fieldset className="space-y-5 rounded-md border border-slate-300 p-4">
      <legend className="px-1 text-base font-bold text-slate-900">First {roleLabel}</legend>
      <p className="text-sm text-slate-700">They get an invitation link to set their password. They can then invite everyone else.</p>
      <TextField label="Their full name" name="adminName" defaultValue={state.values?.adminName ?? ''} errors={errors.adminName} />
      <TextField
        label="Their email address"
        name="adminEmail"
        type="email"
        spellCheck={false}
        defaultValue={state.values?.adminEmail ?? ''}
        errors={errors.adminEmail}
      />
    </fieldset>
  );
}

export function CreateTrustForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') return <Created state={state} noun="trust" />;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} />
      <TextField label="Trust name" name="name" defaultValue={state.values?.name ?? ''} errors={errors.name} />
      <TextField
        label="Companies House number (optional)"
        name="companyNumber"
        inputMode="numeric"
        maxLength={8}
        className="max-w-48"
        hint="8 digits, for example 07654321."
        defaultValue={state.values?.companyNumber ?? ''}
        errors={errors.companyNumber}
      />
      <FirstAdminFields state={state} roleLabel="trust admin" />
      <SubmitButton pendingLabel="Creating trust…">Create trust</SubmitButton>
    </form>
  );
}

export function CreateStandaloneSchoolForm({ action }: { action: FormAction }) {
  const [state, formAction] = useActionState(action, initialFormState);
  if (state.status === 'success') return <Created state={state} noun="school" />;
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} />
      <SchoolFields state={state} />
      <FirstAdminFields state={state} roleLabel="school leader" />
      <SubmitButton pendingLabel="Creating school…">Create school</SubmitButton>
    </form>
  );
}
