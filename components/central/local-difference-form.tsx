'use client';

import { useActionState } from 'react';
import { describedBy, FieldFrame } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { ANSWER_HINT, ANSWER_LABEL, ANSWER_VALUES } from '@/lib/assessment/answer-options';

// A text area in the same frame (label, hint, error) as every other field.
function TextArea({
  name,
  label,
  hint,
  errors,
  defaultValue,
  rows = 3,
}: {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  defaultValue: string;
  rows?: number;
}) {
  return (
    <FieldFrame label={label} name={name} hint={hint} errors={errors}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={defaultValue}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(name, hint, errors)}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
      />
    </FieldFrame>
  );
}

// The school's own answer to a requirement its trust answers centrally, and why it differs.
export function LocalDifferenceForm({
  action,
  hidden,
  defaults,
  cancelHref,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults: { value: string; reason: string; note: string; localReason: string };
  cancelHref: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = (field: keyof typeof defaults) => state.values?.[field] ?? defaults[field];
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-6">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <fieldset className="space-y-2" aria-describedby={errors.value?.length ? 'value-error' : undefined}>
        <legend className="text-base font-semibold text-slate-900">The answer for your school</legend>
        {errors.value?.length ? (
          <p id="value-error" className="text-sm font-semibold text-red-700">
            <span className="sr-only">Error: </span>
            {errors.value.join('. ')}
          </p>
        ) : null}
        {ANSWER_VALUES.map((option) => (
          <div key={option} className="flex items-start gap-3">
            <input
              type="radio"
              id={`value-${option}`}
              name="value"
              value={option}
              defaultChecked={value('value') === option}
              aria-describedby={`value-${option}-hint`}
              className="mt-1 size-5"
            />
            <div>
              <label htmlFor={`value-${option}`} className="font-semibold">
                {ANSWER_LABEL[option]}
              </label>
              <p id={`value-${option}-hint`} className="text-sm text-slate-700">
                {ANSWER_HINT[option]}
              </p>
            </div>
          </div>
        ))}
      </fieldset>
      <TextArea name="reason" label="If not applicable, why not (optional otherwise)" errors={errors.reason} defaultValue={value('reason')} rows={2} />
      <TextArea
        name="localReason"
        label="Why is it different at your school?"
        hint="Your trust sees this in its list of local differences, for example “Our sixth-form block has its own broadband line”."
        errors={errors.localReason}
        defaultValue={value('localReason')}
      />
      <TextArea name="note" label="Evidence note (optional)" errors={errors.note} defaultValue={value('note')} />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Save the answer for this school</SubmitButton>
        <a href={cancelHref} className="font-semibold">
          Cancel
        </a>
      </div>
    </form>
  );
}
