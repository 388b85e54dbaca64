'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

const ACCESS_OPTIONS = [
  ['READ', 'Read only', 'Sees the self-assessment (drafts included), scores, priorities, plan, strategy, registers and evidence. Changes nothing.'],
  ['CONTRIBUTE', 'Contribute', 'Also answers the self-assessment and edits the draft strategy. Only your leaders complete cycles and publish.'],
] as const;

export function GrantAdviserForm({ action, tenant, defaultEnd, latestEnd }: { action: FormAction; tenant: string; defaultEnd: string; latestEnd: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const keep = (name: string, fallback = '') => (state.status === 'error' ? (state.values?.[name] ?? fallback) : fallback);
  const access = keep('access', 'READ');
  return (
    // A fresh form after a grant; the typed values after a refusal.
    <form action={formAction} noValidate className="space-y-5" key={state.status === 'success' ? 'granted' : 'form'}>
      <FormMessage state={state} successMessage="Access granted. The adviser has been emailed." />
      <input type="hidden" name="tenant" value={tenant} />
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label="Adviser’s email address"
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={keep('email')}
          errors={errors.email}
        />
        <TextField label="Adviser’s name" name="name" autoComplete="off" defaultValue={keep('name')} errors={errors.name} />
      </div>
      <fieldset className="space-y-3" aria-describedby={errors.access?.length ? 'access-error' : undefined}>
        <legend className="text-base font-semibold text-slate-900">What may they do?</legend>
        {errors.access?.length ? (
          <p id="access-error" className="font-semibold text-red-700">
            <span className="sr-only">Error:</span> {errors.access.join('. ')}
          </p>
        ) : null}
        {ACCESS_OPTIONS.map(([value, label, hint]) => (
          <label key={value} className="flex items-start gap-3">
            <input
              type="radio"
              name="access"
              value={value}
              defaultChecked={access === value}
              className="mt-1 size-5"
              aria-describedby={`access-${value}-hint`}
            />
            <span>
              <span className="font-semibold">{label}</span>
              <span id={`access-${value}-hint`} className="block text-sm text-slate-700">
                {hint}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="grid gap-5 md:grid-cols-2">
        <TextField
          label="Last day of access"
          name="endsOn"
          type="date"
          max={latestEnd}
          defaultValue={keep('endsOn', defaultEnd)}
          errors={errors.endsOn}
          hint="Access ends by itself at the end of this day. Up to a year ahead."
        />
        <TextField
          label="What are they helping with? (optional)"
          name="purpose"
          defaultValue={keep('purpose')}
          errors={errors.purpose}
          hint="For example: wireless survey and refresh plan"
        />
      </div>
      <SubmitButton pendingLabel="Granting access…">Grant access</SubmitButton>
    </form>
  );
}
