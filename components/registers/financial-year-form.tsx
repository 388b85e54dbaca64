'use client';

import { useActionState } from 'react';
import { SelectField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { MONTH_NAMES } from '@/lib/dates/format';

export function FinancialYearForm({ action, trustId, month }: { action: FormAction; trustId: string; month: number | null }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const value = state.status === 'error' ? (state.values?.financialYearStart ?? '') : month ? String(month) : '';
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3">
      <FormMessage state={state} />
      <input type="hidden" name="trustId" value={trustId} />
      <SelectField
        label="The trust’s financial year starts in"
        name="financialYearStart"
        hint="Budgets on the roadmaps follow it, for schools that have not set their own."
        placeholder="September (academy trusts)"
        options={MONTH_NAMES.map((name, i) => ({ value: String(i + 1), label: name }))}
        defaultValue={value}
        key={value}
        errors={state.fieldErrors?.financialYearStart}
      />
      <SubmitButton variant="secondary">Save</SubmitButton>
    </form>
  );
}
