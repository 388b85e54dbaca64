'use client';

import { useActionState, useState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// One learning goal: what it is, what success looks like, how the school will know.
export function GoalForm({
  action,
  hidden,
  defaults,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults: Record<string, string>;
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
      <TextField
        label="Learning goal"
        name="title"
        hint="The learning you want technology to help with, in a few words."
        defaultValue={value('title')}
        errors={errors.title}
        maxLength={80}
      />
      <TextAreaField
        name="success"
        label="What success looks like"
        hint="What pupils and staff will do or have, when it works."
        defaultValue={value('success')}
        errors={errors.success}
      />
      <TextAreaField
        name="measure"
        label="How you will know"
        hint="A measure or evidence you will look at, and when."
        defaultValue={value('measure')}
        errors={errors.measure}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
