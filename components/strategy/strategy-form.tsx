'use client';

import { useActionState, useState } from 'react';
import { describedBy, FieldFrame, SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { REVIEW_CYCLES, REVIEW_CYCLE_LABEL, SECTION_LIMITS, STRATEGY_SECTION_TITLES, type StrategySections } from '@/lib/strategy/schemas';

type TextSection = 'vision' | 'positionCommentary' | 'priorities' | 'actionCommentary' | 'budget' | 'aiStance' | 'rolesNotes';

function Section({ number, title, intro, children }: { number: number; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm" aria-labelledby={`section-${number}`}>
      <h2 id={`section-${number}`} className="text-lg font-bold text-slate-900">
        {number}. {title}
      </h2>
      {intro ? <div className="mt-1 max-w-3xl text-sm text-slate-700">{intro}</div> : null}
      <div className="mt-4 space-y-4">{children}</div>
    </section>
  );
}

function LongText({
  name,
  label,
  hint,
  max,
  rows = 6,
  initial,
  errors,
}: {
  name: TextSection;
  label: string;
  hint?: string;
  max: number;
  rows?: number;
  initial: string;
  errors?: string[];
}) {
  const [length, setLength] = useState(initial.length);
  const over = length > max;
  return (
    <FieldFrame label={label} name={name} hint={hint} errors={errors}>
      <textarea
        id={name}
        name={name}
        rows={rows}
        defaultValue={initial}
        onChange={(event) => setLength(event.target.value.length)}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[describedBy(name, hint, errors), `${name}-count`].filter(Boolean).join(' ')}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-base ${errors?.length || over ? 'border-red-700' : 'border-slate-400'}`}
      />
      <p id={`${name}-count`} className={`mt-1 text-xs ${over ? 'font-semibold text-red-700' : 'text-slate-600'}`} aria-live="polite">
        {over ? `${(length - max).toLocaleString('en-GB')} characters too many` : `${(max - length).toLocaleString('en-GB')} characters left`}
      </p>
    </FieldFrame>
  );
}

export function StrategyForm({
  action,
  schoolId,
  version,
  sections,
  readOnly,
}: {
  action: FormAction;
  schoolId: string;
  version: number;
  sections: StrategySections;
  readOnly: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  // After a refused save the form shows exactly what was typed, so nothing is lost.
  const value = (field: keyof StrategySections): string => {
    if (state.status === 'error' && state.values?.[field] !== undefined) return state.values[field]!;
    const saved = sections[field];
    return Array.isArray(saved) ? saved.join('\n') : String(saved ?? '');
  };
  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <input type="hidden" name="version" value={version} />
      <fieldset disabled={readOnly} className="space-y-6">
        <legend className="sr-only">Strategy sections</legend>
        <Section
          number={1}
          title={STRATEGY_SECTION_TITLES[0]}
          intro="Start from learning, not from technology: what do you want pupils and staff to be able to do, and how will technology help?"
        >
          <LongText name="vision" label="Our vision" max={SECTION_LIMITS.vision} rows={8} initial={value('vision')} errors={errors.vision} />
        </Section>
        <Section
          number={2}
          title={STRATEGY_SECTION_TITLES[1]}
          intro="Scores per standard come from your latest completed self-assessment and are added when you publish."
        >
          <LongText
            name="positionCommentary"
            label="What the assessment tells us (optional)"
            max={SECTION_LIMITS.positionCommentary}
            rows={4}
            initial={value('positionCommentary')}
            errors={errors.positionCommentary}
          />
        </Section>
        <Section
          number={3}
          title={STRATEGY_SECTION_TITLES[2]}
          intro="Suggested from your ranked gaps, foundations first. Reword, reorder or remove them: the board approves this list."
        >
          <LongText
            name="priorities"
            label="Priorities, one per line, most important first"
            hint={`Up to ${SECTION_LIMITS.priorities} priorities of ${SECTION_LIMITS.priorityLine} characters each.`}
            max={SECTION_LIMITS.priorities * (SECTION_LIMITS.priorityLine + 1)}
            rows={8}
            initial={value('priorities')}
            errors={errors.priorities}
          />
        </Section>
        <Section
          number={4}
          title={STRATEGY_SECTION_TITLES[3]}
          intro="The actions themselves come from the action plan, grouped by term, with owners, dates and costs."
        >
          <LongText
            name="actionCommentary"
            label="Introduction to the plan (optional)"
            max={SECTION_LIMITS.actionCommentary}
            rows={3}
            initial={value('actionCommentary')}
            errors={errors.actionCommentary}
          />
        </Section>
        <Section number={5} title={STRATEGY_SECTION_TITLES[4]} intro="Costs are totalled from the action plan; say here how the plan is funded.">
          <LongText name="budget" label="Budget summary (optional)" max={SECTION_LIMITS.budget} rows={4} initial={value('budget')} errors={errors.budget} />
        </Section>
        <Section
          number={6}
          title={STRATEGY_SECTION_TITLES[5]}
          intro="How staff and pupils may use AI, covering safeguarding, academic integrity and data protection."
        >
          <LongText name="aiStance" label="Our stance on AI" max={SECTION_LIMITS.aiStance} rows={10} initial={value('aiStance')} errors={errors.aiStance} />
        </Section>
        <Section number={7} title={STRATEGY_SECTION_TITLES[6]}>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField
              label="Digital lead"
              name="digitalLead"
              hint="The senior leader who owns the strategy."
              defaultValue={value('digitalLead')}
              errors={errors.digitalLead}
            />
            <TextField
              label="Governor with oversight"
              name="oversightGovernor"
              hint="The governor or trustee who checks progress."
              defaultValue={value('oversightGovernor')}
              errors={errors.oversightGovernor}
            />
          </div>
          <LongText
            name="rolesNotes"
            label="Who else does what (optional)"
            max={SECTION_LIMITS.rolesNotes}
            rows={4}
            initial={value('rolesNotes')}
            errors={errors.rolesNotes}
          />
        </Section>
        <Section number={8} title={STRATEGY_SECTION_TITLES[7]}>
          <div className="grid gap-4 md:grid-cols-2">
            <TextField label="Next review by" name="reviewDate" type="date" defaultValue={value('reviewDate')} errors={errors.reviewDate} />
            <SelectField
              label="Review cycle"
              name="reviewCycle"
              options={REVIEW_CYCLES.map((cycle) => ({ value: cycle, label: REVIEW_CYCLE_LABEL[cycle] }))}
              defaultValue={value('reviewCycle')}
              errors={errors.reviewCycle}
            />
          </div>
        </Section>
      </fieldset>
      {readOnly ? null : (
        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap gap-3 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur">
          <SubmitButton name="intent" value="save">
            Save draft
          </SubmitButton>
          <SubmitButton name="intent" value="publish" variant="secondary" pendingLabel="Saving…">
            Save and review for publishing
          </SubmitButton>
        </div>
      )}
    </form>
  );
}
