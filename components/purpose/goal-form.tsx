'use client';

import { useActionState, useState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

function Area({ name, label, hint, value, errors }: { name: string; label: string; hint: string; value: string; errors?: string[] }) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <p id={`${name}-hint`} className="text-sm text-slate-600">
        {hint}
      </p>
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {errors.join('. ')}
        </p>
      ) : null}
      <textarea
        id={name}
        name={name}
        rows={3}
        defaultValue={value}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${name}-hint ${name}-error` : `${name}-hint`}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
      />
    </div>
  );
}

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
      <Area
        name="success"
        label="What success looks like"
        hint="What pupils and staff will do or have, when it works."
        value={value('success')}
        errors={errors.success}
      />
      <Area
        name="measure"
        label="How you will know"
        hint="A measure or evidence you will look at, and when."
        value={value('measure')}
        errors={errors.measure}
      />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
