'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// "Which learning goal does this serve?": the school's goals as checkboxes, or a foundation.
export function PurposeLinkForm({
  action,
  hidden,
  goals,
  checked,
  foundation,
  label,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  goals: Array<{ id: string; title: string }>;
  checked: string[];
  foundation: boolean;
  // What is being linked, for screen readers ("Buy 30 Chromebooks").
  label: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const prefix = `${hidden.kind}-${hidden.itemId}`;
  return (
    <form action={formAction} className="space-y-2">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <fieldset>
        <legend className="text-sm font-semibold text-slate-900">
          Which learning goals does this serve?<span className="sr-only"> {label}</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-5 gap-y-1">
          {goals.map((goal) => (
            <div key={goal.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                id={`${prefix}-${goal.id}`}
                name="goalIds"
                value={goal.id}
                defaultChecked={checked.includes(goal.id)}
                className="h-4 w-4 accent-brand-700"
              />
              <label htmlFor={`${prefix}-${goal.id}`} className="text-sm">
                {goal.title}
              </label>
            </div>
          ))}
          <div className="flex items-center gap-2">
            <input type="checkbox" id={`${prefix}-foundation`} name="foundation" defaultChecked={foundation} className="h-4 w-4 accent-brand-700" />
            <label htmlFor={`${prefix}-foundation`} className="text-sm">
              A foundation (safeguarding, leadership, network) for all of them
            </label>
          </div>
        </div>
      </fieldset>
      <SubmitButton variant="secondary">
        Save<span className="sr-only"> what {label} serves</span>
      </SubmitButton>
    </form>
  );
}
