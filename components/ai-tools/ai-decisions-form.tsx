'use client';

import { useActionState, useState } from 'react';
import { ChoiceGroup } from '@/components/ui/choice-group';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import {
  AGE_BAND_LABEL,
  INTEGRITY,
  INTEGRITY_LABEL,
  PUPIL_USE_LABEL,
  PUPIL_USES,
  REVIEW,
  REVIEW_LABEL,
  STAFF_USE_LABEL,
  STAFF_USES,
  TRAINING,
  TRAINING_LABEL,
  type AgeBand,
} from '@/lib/ai-tools/ai-policy';

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

// The guided AI decisions: each question has a safe default, and saving drafts the strategy's AI section.
export function AiDecisionsForm({
  action,
  hidden,
  defaults,
  bands,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults: Record<string, string>;
  bands: AgeBand[];
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && state.status !== 'success');
  const errors = state.fieldErrors ?? {};
  const chosen = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : (defaults[name] ?? '')).split('\n').filter(Boolean);
  return (
    <form
      action={formAction}
      noValidate
      className="max-w-3xl space-y-8"
      onChange={() => setDirty(true)}
      onSubmit={() => setDirty(false)}
      key={state.status === 'error' ? JSON.stringify(state.values) : 'form'}
    >
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      <ChoiceGroup
        legend="1. What may staff use AI for?"
        name="staffUses"
        type="checkbox"
        options={STAFF_USES.map((u) => [u, capitalise(STAFF_USE_LABEL[u])] as const)}
        chosen={chosen('staffUses')}
        errors={errors.staffUses}
        hint="Only with tools the school has approved. Leave all unticked if staff should not use AI yet."
      />
      {bands.map((band, i) => (
        <ChoiceGroup
          key={band}
          legend={`${2 + i}. ${AGE_BAND_LABEL[band]}: may they use AI?`}
          name={`pupil:${band}`}
          options={PUPIL_USES.map((u) => [u, PUPIL_USE_LABEL[u]] as const)}
          chosen={chosen(`pupil:${band}`)}
          errors={errors[`pupil:${band}`]}
          hint="Check each tool’s minimum age in its terms: many general chatbots are for 13 or 18 and over."
        />
      ))}
      <ChoiceGroup
        legend={`${2 + bands.length}. Pupils’ work`}
        name="integrity"
        options={INTEGRITY.map((u) => [u, INTEGRITY_LABEL[u]] as const)}
        chosen={chosen('integrity')}
        errors={errors.integrity}
      />
      <ChoiceGroup
        legend={`${3 + bands.length}. Staff training`}
        name="training"
        options={TRAINING.map((u) => [u, TRAINING_LABEL[u]] as const)}
        chosen={chosen('training')}
        errors={errors.training}
      />
      <ChoiceGroup
        legend={`${4 + bands.length}. How often do you review the school’s use of AI?`}
        name="review"
        options={REVIEW.map((u) => [u, REVIEW_LABEL[u]] as const)}
        chosen={chosen('review')}
        errors={errors.review}
      />
      <p className="rounded-md border-l-4 border-slate-500 bg-slate-50 p-4 text-sm">
        Always included: no personal data goes into an AI tool without a data protection impact assessment, and only tools on the AI register that have been
        checked against DfE’s product safety standards are approved.
      </p>
      <SubmitButton pendingLabel="Saving…">Save and write the AI section</SubmitButton>
    </form>
  );
}
