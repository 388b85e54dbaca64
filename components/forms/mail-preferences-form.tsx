'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { REMINDER_KIND_LABEL, type ReminderKind } from '@/lib/reminders/kinds';

export type MailPreferenceGroupView = { scope: string; name: string; kinds: Array<{ kind: ReminderKind; on: boolean }> };

// One fieldset per school or trust, one checkbox per kind of email (GOV.UK checkboxes with hints).
export function MailPreferencesForm({ action, groups }: { action: FormAction; groups: MailPreferenceGroupView[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-5">
      <FormMessage state={state} successMessage="Your email choices have been saved." />
      {groups.map((group) => (
        <fieldset key={group.scope} className="rounded-md border border-slate-300 p-4">
          <legend className="px-1 font-semibold text-slate-900">{group.name}</legend>
          <div className="mt-2 space-y-3">
            {group.kinds.map(({ kind, on }) => {
              const id = `mail-${kind}-${group.scope}`;
              return (
                <div key={kind} className="flex items-start gap-3">
                  <input
                    type="checkbox"
                    id={id}
                    name="wanted"
                    value={`${kind}:${group.scope}`}
                    defaultChecked={on}
                    aria-describedby={`${id}-hint`}
                    className="mt-1 h-5 w-5 accent-brand-700"
                  />
                  <div>
                    <label htmlFor={id} className="font-semibold text-slate-900">
                      {REMINDER_KIND_LABEL[kind].title}
                    </label>
                    <p id={`${id}-hint`} className="text-sm text-slate-600">
                      {REMINDER_KIND_LABEL[kind].description}
                    </p>
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
      <SubmitButton pendingLabel="Saving…">Save email choices</SubmitButton>
    </form>
  );
}
