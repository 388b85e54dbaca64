'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

type Person = { id: string; name: string; email: string };

export function DigitalRolesForm({
  action,
  schoolId,
  version,
  leadId,
  governorId,
  leads,
  governors,
}: {
  action: FormAction;
  schoolId: string;
  version: number;
  leadId: string | null;
  governorId: string | null;
  leads: Person[];
  governors: Person[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const keep = (name: string, fallback: string | null) => (state.status === 'error' ? (state.values?.[name] ?? '') : (fallback ?? ''));
  const options = (people: Person[]) => people.map((p) => ({ value: p.id, label: `${p.name} (${p.email})` }));
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5">
      <FormMessage state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <input type="hidden" name="version" value={String(version)} />
      <SelectField
        label="Digital lead"
        name="leadId"
        placeholder="Not named yet"
        options={options(leads)}
        defaultValue={keep('leadId', leadId)}
        key={`lead-${keep('leadId', leadId)}`}
        errors={errors.leadId}
        hint="Ideally on the senior leadership team. Chosen from the school’s leaders and contributors on Waypoint; invite them first if they are not listed."
      />
      <SelectField
        label="Governor with digital oversight"
        name="governorId"
        placeholder="Not named yet"
        options={options(governors)}
        defaultValue={keep('governorId', governorId)}
        key={`gov-${keep('governorId', governorId)}`}
        errors={errors.governorId}
        hint="Chosen from the school’s governors on Waypoint."
      />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
