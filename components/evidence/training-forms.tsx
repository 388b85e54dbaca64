'use client';

import { useActionState, useState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

const ROLES = [
  { value: 'STAFF', label: 'Staff' },
  { value: 'GOVERNOR', label: 'Governor or trustee' },
  { value: 'OTHER', label: 'Someone else with access' },
];

// One person's training record; a refused save keeps what was typed.
export function TrainingForm({
  action,
  hidden,
  defaults,
  certificates,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults: Record<string, string>;
  certificates: Array<{ value: string; label: string }>;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && state.status !== 'success');
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : (defaults[name] ?? ''));
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-5" onChange={() => setDirty(true)} onSubmit={() => setDirty(false)}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div className="grid gap-5 md:grid-cols-2">
        <TextField label="Name" name="name" defaultValue={value('name')} errors={errors.name} autoComplete="off" />
        <TextField label="Email (optional)" name="email" type="email" defaultValue={value('email')} errors={errors.email} autoComplete="off" />
        <SelectField
          key={`role-${value('role')}`}
          label="Role"
          name="role"
          placeholder="Choose one"
          options={ROLES}
          defaultValue={value('role')}
          errors={errors.role}
        />
        <TextField
          label="Last cyber training (optional)"
          name="trainedOn"
          type="date"
          hint="Leave empty if they have not done it yet."
          defaultValue={value('trainedOn')}
          errors={errors.trainedOn}
        />
        <div className="md:col-span-2">
          <SelectField
            key={`certificate-${value('certificateId')}`}
            label="Certificate (optional)"
            name="certificateId"
            hint="Upload certificates on the Evidence page first; they then appear here."
            placeholder="No certificate"
            options={certificates}
            defaultValue={value('certificateId')}
            errors={errors.certificateId}
          />
        </div>
      </div>
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}

export function TrainingImportForm({ action, hidden }: { action: FormAction; hidden: Record<string, string> }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="max-w-2xl space-y-4" encType="multipart/form-data">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <TextField
        label="CSV file"
        name="file"
        type="file"
        accept=".csv,text/csv"
        hint="A header row with Name and Role, and optionally Email and Trained on (dates like 14/09/2026). People already listed are updated by name; nobody is removed."
        errors={state.fieldErrors?.file}
        required
      />
      <SubmitButton variant="secondary" pendingLabel="Importing…">
        Import people
      </SubmitButton>
    </form>
  );
}
