'use client';

import { useActionState, useState } from 'react';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { describedBy } from '@/components/ui/field';

type TrustOption = { code: string; name: string; schoolCount: number };

// Which rows of the file are the trust's: a trust in the file's "Trusts" columns, or a list of URNs
// (for a trust not yet on GIAS, or schools joining it).
export function ChooseMatchForm({
  action,
  hidden,
  trusts,
  current,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  trusts: TrustOption[];
  current: { trustCode: string | null; urns: string[] };
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [by, setBy] = useState<'trust' | 'urns'>(current.urns.length > 0 || trusts.length === 0 ? 'urns' : 'trust');
  const urnErrors = state.fieldErrors?.urns;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold text-slate-900">How should Waypoint find your schools in the file?</legend>
        <label className="flex items-start gap-3">
          <input
            type="radio"
            name="by"
            value="trust"
            checked={by === 'trust'}
            onChange={() => setBy('trust')}
            disabled={trusts.length === 0}
            className="mt-1 size-5"
          />
          <span>By trust{trusts.length === 0 ? ' (this file has no trust columns filled in)' : ''}</span>
        </label>
        {by === 'trust' ? (
          <div className="ml-8">
            <SelectField
              label="Trust"
              name="trustCode"
              defaultValue={state.values?.trustCode ?? current.trustCode ?? ''}
              placeholder="Choose your trust"
              options={trusts.map((trust) => ({
                value: trust.code,
                label: `${trust.name} (${trust.schoolCount} open ${trust.schoolCount === 1 ? 'school' : 'schools'})`,
              }))}
              errors={state.fieldErrors?.trustCode}
            />
          </div>
        ) : null}
        <label className="flex items-start gap-3">
          <input type="radio" name="by" value="urns" checked={by === 'urns'} onChange={() => setBy('urns')} className="mt-1 size-5" />
          <span>By a list of URNs</span>
        </label>
        {by === 'urns' ? (
          <div className="ml-8 space-y-1">
            <label htmlFor="urns" className="block text-sm font-semibold text-slate-900">
              URNs of your schools
            </label>
            <p id="urns-hint" className="text-sm text-slate-600">
              Six digits each, separated by spaces, commas or new lines.
            </p>
            {urnErrors?.length ? (
              <p id="urns-error" className="text-sm font-semibold text-red-700">
                <span className="sr-only">Error: </span>
                {urnErrors.join('. ')}
              </p>
            ) : null}
            <textarea
              id="urns"
              name="urns"
              rows={4}
              defaultValue={state.values?.urns ?? current.urns.join('\n')}
              aria-invalid={urnErrors?.length ? true : undefined}
              aria-describedby={describedBy('urns', 'hint', urnErrors)}
              className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-base"
            />
          </div>
        ) : null}
      </fieldset>
      <SubmitButton variant="secondary" pendingLabel="Updating the preview…">
        Update the preview
      </SubmitButton>
    </form>
  );
}
