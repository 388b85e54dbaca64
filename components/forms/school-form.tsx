'use client';

import { useActionState } from 'react';
import { SelectField, TextField } from '@/components/ui/field';
import { MONTH_NAMES } from '@/lib/dates/format';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormState, type FormAction } from '@/lib/actions/form-state';
import { PHASE_LABEL, SCHOOL_PHASES, SCHOOL_TYPES, TYPE_LABEL } from '@/lib/schools/school-options';

export type SchoolFormDefaults = {
  name?: string;
  urn?: string;
  phase?: string;
  type?: string;
  localAuthority?: string;
  cycleMonth?: string;
  financialYearStart?: string;
};

export function SchoolFields({ state, defaults = {}, urnLocked = false }: { state: FormState; defaults?: SchoolFormDefaults; urnLocked?: boolean }) {
  const value = (field: keyof SchoolFormDefaults) => state.values?.[field] ?? defaults[field] ?? '';
  const errors = state.fieldErrors ?? {};
  return (
    <>
      <TextField label="School name" name="name" defaultValue={value('name')} errors={errors.name} autoComplete="organization" />
      <TextField
        label="URN"
        name="urn"
        inputMode="numeric"
        maxLength={6}
        className="max-w-40"
        hint={
          urnLocked
            ? 'The 6-digit unique reference number from Get Information About Schools. Only your trust can change it.'
            : 'The 6-digit unique reference number from Get Information About Schools.'
        }
        readOnly={urnLocked}
        defaultValue={urnLocked ? (defaults.urn ?? '') : value('urn')}
        errors={errors.urn}
      />
      <SelectField
        label="Phase"
        name="phase"
        placeholder="Select a phase"
        options={SCHOOL_PHASES.map((phase) => ({ value: phase, label: PHASE_LABEL[phase] }))}
        defaultValue={value('phase')}
        key={`phase-${value('phase')}`}
        errors={errors.phase}
      />
      <SelectField
        label="Type of school"
        name="type"
        placeholder="Select a type"
        options={SCHOOL_TYPES.map((type) => ({ value: type, label: TYPE_LABEL[type] }))}
        defaultValue={value('type')}
        key={`type-${value('type')}`}
        errors={errors.type}
      />
      <TextField
        label="Local authority"
        name="localAuthority"
        hint="For example, Leeds or Kent."
        defaultValue={value('localAuthority')}
        errors={errors.localAuthority}
      />
      <SelectField
        label="Month for the yearly self-assessment (optional)"
        name="cycleMonth"
        hint="Leaders are reminded to start it then. Without one, they are reminded 12 months after the last completed cycle."
        placeholder="No set month"
        options={MONTH_NAMES.map((month, i) => ({ value: String(i + 1), label: month }))}
        defaultValue={value('cycleMonth')}
        key={`cycleMonth-${value('cycleMonth')}`}
        errors={errors.cycleMonth}
      />
      <SelectField
        label="Month the financial year starts (optional)"
        name="financialYearStart"
        hint="For the roadmap’s budget. Without one: the trust’s, or September for academies and April for maintained schools."
        placeholder="The usual for this school"
        options={MONTH_NAMES.map((month, i) => ({ value: String(i + 1), label: month }))}
        defaultValue={value('financialYearStart')}
        key={`financialYearStart-${value('financialYearStart')}`}
        errors={errors.financialYearStart}
      />
    </>
  );
}

export function SchoolForm({
  action,
  hidden,
  defaults,
  submitLabel,
  successMessage,
  urnLocked,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults?: SchoolFormDefaults;
  submitLabel: string;
  successMessage?: string;
  urnLocked?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="max-w-xl space-y-5">
      <FormMessage state={state} successMessage={successMessage} />
      {Object.entries(hidden).map(([name, value]) => (
        // After an edit conflict the server sends the version now stored, so saving again is a
        // deliberate choice to replace the colleague's change.
        <input key={name} type="hidden" name={name} value={state.status === 'error' ? (state.data?.[name] ?? value) : value} />
      ))}
      <SchoolFields state={state} defaults={defaults} urnLocked={urnLocked} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
