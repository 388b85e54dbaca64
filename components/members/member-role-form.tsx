'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

export function MemberRoleForm({
  action,
  membershipId,
  memberName,
  role,
  roles,
}: {
  action: FormAction;
  membershipId: string;
  memberName: string;
  role: string;
  roles: Array<{ value: string; label: string }>;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const selectId = `role-${membershipId}`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={selectId} className="sr-only">
          Role for {memberName}
        </label>
        <select id={selectId} name="role" defaultValue={role} className="rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm">
          {roles.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
        <SubmitButton variant="secondary" pendingLabel="Saving…">
          Change<span className="sr-only"> role for {memberName}</span>
        </SubmitButton>
      </div>
      {state.status !== 'idle' ? <FormMessage state={state} /> : null}
    </form>
  );
}
