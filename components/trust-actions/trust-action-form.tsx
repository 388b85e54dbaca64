'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// One action for many schools: what, who, when, what it costs and for which schools.
export function TrustActionForm({
  action,
  trustId,
  schools,
  defaults,
  cancelHref,
}: {
  action: FormAction;
  trustId: string;
  schools: Array<{ id: string; name: string; hasGap: boolean }>;
  defaults: { title: string; requirementCodes: string[]; schoolIds: string[] };
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (field: string, fallback = '') => state.values?.[field] ?? fallback;
  // After a refused submission, the schools as they were ticked (none ticked sends no field).
  const chosen = new Set(state.status === 'error' ? (state.values?.schoolIds?.split('\n') ?? []) : defaults.schoolIds);
  return (
    <form action={formAction} className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="trustId" value={trustId} />
      {defaults.requirementCodes.map((code) => (
        <input key={code} type="hidden" name="requirementCodes" value={code} />
      ))}
      <TextField label="Action" name="title" defaultValue={value('title', defaults.title)} errors={errors.title} />
      <TextField
        label="Owner (optional)"
        name="ownerName"
        hint="A person or team, for example “Trust IT team”."
        defaultValue={value('ownerName')}
        errors={errors.ownerName}
      />
      <TextField
        label="Owner’s email (optional)"
        name="ownerEmail"
        type="email"
        hint="They are reminded before the due date."
        defaultValue={value('ownerEmail')}
        errors={errors.ownerEmail}
      />
      <TextField label="Due date (optional)" name="dueDate" type="date" className="max-w-56" defaultValue={value('dueDate')} errors={errors.dueDate} />
      <TextField
        label="Estimated cost in pounds (optional)"
        name="estimatedCost"
        inputMode="decimal"
        className="max-w-56"
        defaultValue={value('estimatedCost')}
        errors={errors.estimatedCost}
      />
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold text-slate-900">The cost is</legend>
        <label className="flex items-start gap-3">
          <input type="radio" name="costSplit" value="SHARED" defaultChecked={value('costSplit', 'SHARED') === 'SHARED'} className="mt-1 size-5" />
          <span>A total, shared equally between the schools</span>
        </label>
        <label className="flex items-start gap-3">
          <input type="radio" name="costSplit" value="EACH" defaultChecked={value('costSplit') === 'EACH'} className="mt-1 size-5" />
          <span>For each school</span>
        </label>
      </fieldset>
      <fieldset className="space-y-2" aria-describedby={errors.schoolIds?.length ? 'schoolIds-error' : undefined}>
        <legend className="text-base font-semibold text-slate-900">Schools</legend>
        {errors.schoolIds?.length ? (
          <p id="schoolIds-error" className="text-sm font-semibold text-red-700">
            <span className="sr-only">Error: </span>
            {errors.schoolIds.join('. ')}
          </p>
        ) : null}
        {schools.map((school) => (
          <label key={school.id} className="flex items-start gap-3">
            <input type="checkbox" name="schoolIds" value={school.id} defaultChecked={chosen.has(school.id)} className="mt-1 size-5" />
            <span>
              {school.name}
              {school.hasGap ? <span className="ml-2 text-sm text-slate-700">(has this gap)</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Creating…">Create the action in each school’s plan</SubmitButton>
        <a href={cancelHref} className="font-semibold">
          Cancel
        </a>
      </div>
    </form>
  );
}
