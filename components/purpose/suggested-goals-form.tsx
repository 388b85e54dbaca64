'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import type { GoalDraft } from '@/lib/purpose/suggested-goals';

// Start from suggestions: tick three to six, then edit each into the school's own words.
export function SuggestedGoalsForm({ action, hidden, suggestions }: { action: FormAction; hidden: Record<string, string>; suggestions: readonly GoalDraft[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <fieldset id="suggestions" tabIndex={-1}>
        <legend className="text-lg font-bold text-slate-900">Start from suggestions</legend>
        <p className="text-sm text-slate-700">Tick three to six. You can change every word afterwards.</p>
        <ul className="mt-3 space-y-3">
          {suggestions.map((goal, i) => (
            <li key={goal.title} className="flex items-start gap-3 rounded-md border border-slate-200 bg-white p-3">
              <input
                type="checkbox"
                id={`suggestion-${i}`}
                name="suggestions"
                value={i}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                aria-describedby={`suggestion-${i}-hint`}
              />
              <div>
                <label htmlFor={`suggestion-${i}`} className="font-semibold text-slate-900">
                  {goal.title}
                </label>
                <p id={`suggestion-${i}-hint`} className="text-sm text-slate-700">
                  {goal.success}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
      <SubmitButton>Add these goals</SubmitButton>
    </form>
  );
}
