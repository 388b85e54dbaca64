'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// Uploading only checks the file: nothing is saved until the report is confirmed.
export function RegisterUploadForm({ action, hidden, templateHref }: { action: FormAction; hidden: Record<string, string>; templateHref: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const chosen = state.status === 'error' ? state.values?.register : undefined;
  return (
    <form action={formAction} className="max-w-2xl space-y-5" encType="multipart/form-data">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">What the spreadsheet lists</legend>
        {state.fieldErrors?.register ? <p className="text-sm font-semibold text-red-700">{state.fieldErrors.register.join('. ')}</p> : null}
        {[
          { value: 'contract', label: 'Contracts' },
          { value: 'kit', label: 'Kit (devices, network equipment, servers)' },
        ].map((option) => (
          <div key={option.value} className="flex items-center gap-2">
            <input
              type="radio"
              id={`register-${option.value}`}
              name="register"
              value={option.value}
              defaultChecked={(chosen ?? 'contract') === option.value}
              className="h-4 w-4 accent-brand-700"
            />
            <label htmlFor={`register-${option.value}`}>
              {option.label}{' '}
              <a href={`${templateHref}?register=${option.value}`} className="text-sm" download>
                (download the template)
              </a>
            </label>
          </div>
        ))}
      </fieldset>
      <TextField
        label="Spreadsheet (.xlsx or .csv)"
        name="file"
        type="file"
        accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
        hint="Columns are matched by their header, for example Supplier, End date, Notice period. Dates like 31/08/2027. Up to 5 MB."
        errors={state.fieldErrors?.file}
        required
      />
      <SubmitButton pendingLabel="Checking the file…">Check the file</SubmitButton>
    </form>
  );
}
