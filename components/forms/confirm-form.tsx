'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// A destructive action on its own page, with the consequences spelled out and a way back.
export function ConfirmForm({
  action,
  hidden,
  confirmLabel,
  pendingLabel,
  cancelHref,
  variant = 'danger',
}: {
  action: FormAction;
  hidden: Record<string, string>;
  confirmLabel: string;
  pendingLabel: string;
  cancelHref: string;
  variant?: 'danger' | 'primary';
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton variant={variant} pendingLabel={pendingLabel}>
          {confirmLabel}
        </SubmitButton>
        <a href={cancelHref} className="font-semibold">
          Cancel
        </a>
      </div>
    </form>
  );
}
