'use client';

import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { PLAN_ITEM_STATUSES, PLAN_ITEM_STATUS_LABEL } from '@/lib/plan/plan-item-options';

export type ActionFormDefaults = {
  title?: string;
  description?: string;
  ownerUserId?: string;
  ownerName?: string;
  ownerEmail?: string;
  dueDate?: string;
  estimatedCost?: string;
  status?: string;
  requirementCodes?: string[];
};

export function PlanItemForm({
  action,
  hidden,
  defaults = {},
  requirementOptions,
  ownerOptions,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults?: ActionFormDefaults;
  requirementOptions: Array<{ code: string; label: string }>;
  ownerOptions: Array<{ userId: string; label: string }>;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  const value = (field: keyof ActionFormDefaults) =>
    state.status === 'error' ? (state.values?.[field] ?? '') : ((defaults[field] as string | undefined) ?? '');
  const linked = new Set(defaults.requirementCodes ?? []);
  return (
    <form action={formAction} noValidate className="max-w-2xl space-y-5">
      <FormMessage state={state} successMessage="Action saved." />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <TextField label="What will be done" name="title" defaultValue={value('title')} errors={errors.title} />
      <div>
        <label htmlFor="description" className="block text-sm font-semibold text-slate-900">
          Details (optional)
        </label>
        {errors.description ? (
          <p id="description-error" className="text-sm font-semibold text-red-700">
            {errors.description.join('. ')}
          </p>
        ) : null}
        <textarea
          id="description"
          name="description"
          rows={4}
          defaultValue={value('description')}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={errors.description ? 'description-error' : undefined}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <div className="grid gap-5 md:grid-cols-2">
        <SelectField
          label="Owner (optional)"
          name="ownerUserId"
          hint="A member of the school or trust. They are emailed once a week when it is due or overdue."
          placeholder="Someone else, or nobody yet"
          options={ownerOptions.map((o) => ({ value: o.userId, label: o.label }))}
          defaultValue={value('ownerUserId')}
          key={`owner-${value('ownerUserId')}`}
          errors={errors.ownerUserId}
        />
        <TextField
          label="Or the owner’s name (optional)"
          name="ownerName"
          hint="Someone outside Waypoint or a team, for example IT support."
          defaultValue={value('ownerName')}
          errors={errors.ownerName}
        />
        <TextField
          label="Their email, for reminders (optional)"
          name="ownerEmail"
          type="email"
          autoComplete="off"
          hint="Only for someone outside Waypoint, such as your IT support company."
          defaultValue={value('ownerEmail')}
          errors={errors.ownerEmail}
        />
        <TextField label="Due date (optional)" name="dueDate" type="date" defaultValue={value('dueDate')} errors={errors.dueDate} />
        <TextField
          label="Estimated cost in pounds (optional)"
          name="estimatedCost"
          inputMode="decimal"
          hint="For example 1500."
          defaultValue={value('estimatedCost')}
          errors={errors.estimatedCost}
        />
        <SelectField
          label="Status"
          name="status"
          options={PLAN_ITEM_STATUSES.map((s) => ({ value: s, label: PLAN_ITEM_STATUS_LABEL[s] }))}
          defaultValue={value('status') || 'PLANNED'}
          key={`status-${value('status')}`}
          errors={errors.status}
        />
      </div>
      {requirementOptions.length > 0 ? (
        <fieldset className="rounded-md border border-slate-300 p-4">
          <legend className="px-1 text-sm font-semibold text-slate-900">Requirements this action addresses</legend>
          {errors.requirementCodes ? <p className="text-sm font-semibold text-red-700">{errors.requirementCodes.join('. ')}</p> : null}
          <div className="mt-2 max-h-64 space-y-2 overflow-y-auto">
            {requirementOptions.map((option) => (
              <div key={option.code} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  id={`req-${option.code}`}
                  name="requirementCodes"
                  value={option.code}
                  defaultChecked={linked.has(option.code)}
                  className="mt-1 h-4 w-4 accent-brand-700"
                />
                <label htmlFor={`req-${option.code}`} className="text-sm text-slate-800">
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
