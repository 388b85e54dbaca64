'use client';

import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

type Mode = 'none' | 'standard' | 'requirements';

function ErrorLine({ id, errors }: { id: string; errors?: string[] }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="text-sm font-semibold text-red-700">
      <span className="sr-only">Error: </span>
      {errors.join('. ')}
    </p>
  );
}

// What the trust provides within one standard, and for which of its schools.
export function CoverageForm({
  action,
  hidden,
  requirements,
  schools,
  current,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  requirements: Array<{ code: string; title: string }>;
  schools: Array<{ id: string; name: string }>;
  current: { mode: Mode; codes: string[]; schoolIds: string[] };
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [mode, setMode] = useState<Mode>(current.mode);
  const [which, setWhich] = useState<'all' | 'chosen'>(current.schoolIds.length > 0 ? 'chosen' : 'all');
  const errors = state.fieldErrors ?? {};
  const options: Array<[Mode, string]> = [
    ['none', 'Not provided centrally: each school answers for itself'],
    ['standard', 'The whole standard'],
    ['requirements', 'Some of its requirements'],
  ];
  return (
    <form action={formAction} className="space-y-6">
      <FormMessage state={state} successMessage="Saved." />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="space-y-2">
        <legend className="text-base font-semibold text-slate-900">What does your trust provide centrally?</legend>
        {options.map(([value, label]) => (
          <label key={value} className="flex items-start gap-3">
            <input type="radio" name="mode" value={value} checked={mode === value} onChange={() => setMode(value)} className="mt-1 size-5" />
            <span>{label}</span>
          </label>
        ))}
      </fieldset>
      {mode === 'requirements' ? (
        <fieldset className="space-y-2 border-l-4 border-slate-200 pl-4" aria-describedby={errors.codes?.length ? 'codes-error' : undefined}>
          <legend className="text-base font-semibold text-slate-900">Requirements your trust answers</legend>
          <ErrorLine id="codes-error" errors={errors.codes} />
          {requirements.map((requirement) => (
            <label key={requirement.code} className="flex items-start gap-3">
              <input type="checkbox" name="codes" value={requirement.code} defaultChecked={current.codes.includes(requirement.code)} className="mt-1 size-5" />
              <span>{requirement.title}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
      {mode !== 'none' ? (
        <fieldset className="space-y-2" aria-describedby={errors.schoolIds?.length ? 'schoolIds-error' : undefined}>
          <legend className="text-base font-semibold text-slate-900">For which schools?</legend>
          <label className="flex items-start gap-3">
            <input type="radio" name="schools" value="all" checked={which === 'all'} onChange={() => setWhich('all')} className="mt-1 size-5" />
            <span>All schools in the trust, including ones added later</span>
          </label>
          <label className="flex items-start gap-3">
            <input type="radio" name="schools" value="chosen" checked={which === 'chosen'} onChange={() => setWhich('chosen')} className="mt-1 size-5" />
            <span>Only the schools I choose</span>
          </label>
          {which === 'chosen' ? (
            <div className="ml-8 space-y-2">
              <ErrorLine id="schoolIds-error" errors={errors.schoolIds} />
              {schools.map((school) => (
                <label key={school.id} className="flex items-start gap-3">
                  <input type="checkbox" name="schoolIds" value={school.id} defaultChecked={current.schoolIds.includes(school.id)} className="mt-1 size-5" />
                  <span>{school.name}</span>
                </label>
              ))}
            </div>
          ) : null}
        </fieldset>
      ) : null}
      <SubmitButton pendingLabel="Saving…">Save what the trust provides</SubmitButton>
    </form>
  );
}
