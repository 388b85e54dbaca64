'use client';

import { useActionState, useState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// One form for both registers: the page lists the fields (./register-fields.ts). A refused save
// shows what was typed, field by field; leaving with unsaved changes asks first.
export type FormField = {
  name: string;
  label: string;
  hint?: string;
  kind: 'text' | 'date' | 'number' | 'select' | 'yesno' | 'textarea';
  options?: Array<{ value: string; label: string }>;
  wide?: boolean;
};

export function RegisterItemForm({
  action,
  hidden,
  fields,
  defaults,
  schools,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  fields: FormField[];
  defaults: Record<string, string>;
  // A trust's item: the schools it may cover (none ticked means all).
  schools?: { options: Array<{ id: string; name: string }>; covered: string[] };
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && state.status !== 'success');
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : (defaults[name] ?? ''));
  const covered = new Set(state.status === 'error' ? (state.values?.coveredSchoolIds?.split('\n') ?? []) : (schools?.covered ?? []));
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-5" onChange={() => setDirty(true)} onSubmit={() => setDirty(false)}>
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div className="grid gap-5 md:grid-cols-2">
        {fields.map((field) => {
          const key = `${field.name}-${value(field.name)}`;
          const span = field.wide ? 'md:col-span-2' : '';
          if (field.kind === 'select' || field.kind === 'yesno')
            return (
              <div key={key} className={span}>
                <SelectField
                  label={field.label}
                  name={field.name}
                  hint={field.hint}
                  placeholder={field.kind === 'yesno' ? 'Not known' : 'Choose one'}
                  options={
                    field.kind === 'yesno'
                      ? [
                          { value: 'yes', label: 'Yes' },
                          { value: 'no', label: 'No' },
                        ]
                      : (field.options ?? [])
                  }
                  defaultValue={value(field.name)}
                  errors={errors[field.name]}
                />
              </div>
            );
          if (field.kind === 'textarea')
            return (
              <div key={key} className={span}>
                <label htmlFor={field.name} className="block text-sm font-semibold text-slate-900">
                  {field.label}
                </label>
                {errors[field.name] ? (
                  <p id={`${field.name}-error`} className="text-sm font-semibold text-red-700">
                    {errors[field.name]!.join('. ')}
                  </p>
                ) : null}
                <textarea
                  id={field.name}
                  name={field.name}
                  rows={3}
                  defaultValue={value(field.name)}
                  aria-invalid={errors[field.name] ? true : undefined}
                  aria-describedby={errors[field.name] ? `${field.name}-error` : undefined}
                  className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
                />
              </div>
            );
          return (
            <div key={key} className={span}>
              <TextField
                label={field.label}
                name={field.name}
                hint={field.hint}
                type={field.kind === 'date' ? 'date' : 'text'}
                inputMode={field.kind === 'number' ? 'decimal' : undefined}
                defaultValue={value(field.name)}
                errors={errors[field.name]}
              />
            </div>
          );
        })}
      </div>
      {schools ? (
        <fieldset className="rounded-md border border-slate-300 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">Schools it covers</legend>
          <p className="text-sm text-slate-600">Tick none for every school of the trust, including schools that join later.</p>
          {errors.coveredSchoolIds ? <p className="text-sm font-semibold text-red-700">{errors.coveredSchoolIds.join('. ')}</p> : null}
          <div className="mt-2 max-h-64 space-y-2 overflow-y-auto">
            {schools.options.map((school) => (
              <div key={school.id} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  id={`school-${school.id}`}
                  name="coveredSchoolIds"
                  value={school.id}
                  defaultChecked={covered.has(school.id)}
                  className="mt-1 h-4 w-4 accent-brand-700"
                />
                <label htmlFor={`school-${school.id}`} className="text-sm text-slate-800">
                  {school.name}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
