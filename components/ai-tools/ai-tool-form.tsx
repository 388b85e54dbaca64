'use client';

import { useActionState, useState } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { ChoiceGroup, type Choice } from '@/components/ui/choice-group';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { SAFETY_STANDARDS, SAFETY_STANDARDS_SOURCE } from '@/lib/ai-tools/safety-standards';
import { CHECK_LABEL, CHECK_VALUES, TOOL_USE_LABEL, TOOL_USERS, TOOL_USERS_LABEL, TOOL_USES } from '@/lib/ai-tools/tool-checks';

const YES_NO: readonly Choice[] = [
  ['yes', 'Yes'],
  ['no', 'No'],
];

// One AI tool: who uses it and for what, what goes in, and DfE's product safety standards.
export function AiToolForm({
  action,
  hidden,
  defaults,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults: Record<string, string>;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && state.status !== 'success');
  const errors = state.fieldErrors ?? {};
  const value = (name: string, fallback = '') => (state.status === 'error' ? (state.values?.[name] ?? '') : (defaults[name] ?? fallback));
  const [usedBy, setUsedBy] = useState(value('usedBy'));
  const pupils = usedBy === 'PUPILS' || usedBy === 'BOTH';
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-3xl space-y-6"
      onChange={() => setDirty(true)}
      onSubmit={() => setDirty(false)}
      // A refused save re-renders the radio groups with what was sent.
      key={state.status === 'error' ? JSON.stringify(state.values) : 'form'}
    >
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <div className="grid gap-5 md:grid-cols-2">
        <TextField label="Tool" name="name" hint="For example: Oak National Academy’s Aila" defaultValue={value('name')} errors={errors.name} maxLength={120} />
        <TextField label="Supplier (optional)" name="supplier" defaultValue={value('supplier')} errors={errors.supplier} maxLength={120} />
      </div>
      <ChoiceGroup
        inline
        legend="Who uses it?"
        name="usedBy"
        options={TOOL_USERS.map((u) => [u, TOOL_USERS_LABEL[u]] as const)}
        chosen={value('usedBy').split('\n')}
        errors={errors.usedBy}
        onPick={setUsedBy}
      />
      {pupils ? (
        <TextField
          label="Which pupils?"
          name="pupilAges"
          hint="Year groups or ages, for example Years 5 and 6"
          defaultValue={value('pupilAges')}
          errors={errors.pupilAges}
          maxLength={80}
        />
      ) : null}
      <ChoiceGroup
        inline
        legend="What is it used for? (optional)"
        name="uses"
        type="checkbox"
        options={TOOL_USES.map((u) => [u, TOOL_USE_LABEL[u]] as const)}
        chosen={value('uses').split('\n')}
        errors={errors.uses}
      />
      <TextAreaField
        label="What goes into it (optional)"
        name="dataIn"
        hint="For example: lesson objectives and anonymised pupil work; never names or SEND details"
        defaultValue={value('dataIn')}
        errors={errors.dataIn}
        rows={3}
      />
      <div className="grid gap-5 md:grid-cols-3">
        <ChoiceGroup
          inline
          legend="Does personal data go in?"
          name="personalData"
          options={YES_NO}
          chosen={value('personalData', 'no').split('\n')}
          errors={errors.personalData}
        />
        <ChoiceGroup inline legend="DPIA done?" name="dpiaDone" options={YES_NO} chosen={value('dpiaDone', 'no').split('\n')} errors={errors.dpiaDone} />
        <ChoiceGroup
          inline
          legend="Approved by the school?"
          name="approved"
          options={YES_NO}
          chosen={value('approved', 'no').split('\n')}
          errors={errors.approved}
        />
      </div>
      <section aria-labelledby="safety-heading" className="space-y-4 rounded-md border border-slate-200 bg-slate-50 p-4">
        <h2 id="safety-heading" className="text-lg font-bold text-slate-900">
          DfE product safety standards
        </h2>
        <p className="text-sm text-slate-700">
          From DfE’s{' '}
          <a href={SAFETY_STANDARDS_SOURCE.url} rel="noreferrer" target="_blank">
            {SAFETY_STANDARDS_SOURCE.title} (opens in a new tab)
          </a>
          , updated 19 January 2026. Ask the supplier the question under each one; a tool pupils do not use needs only the standards marked for all tools.
        </p>
        {SAFETY_STANDARDS.map((standard) => (
          <div key={standard.id}>
            <ChoiceGroup
              inline
              legend={`${standard.title}${standard.audience === 'learners' ? ' (tools pupils use)' : ' (all tools)'}`}
              name={`check:${standard.id}`}
              options={CHECK_VALUES.map((c) => [c, CHECK_LABEL[c]] as const)}
              chosen={[value(`check:${standard.id}`, 'UNKNOWN')]}
              errors={errors[`check:${standard.id}`]}
              hint={`${standard.summary} Ask: ${standard.question}`}
            />
          </div>
        ))}
      </section>
      <TextAreaField label="Notes (optional)" name="notes" defaultValue={value('notes')} errors={errors.notes} rows={3} />
      <SubmitButton>{submitLabel}</SubmitButton>
    </form>
  );
}
