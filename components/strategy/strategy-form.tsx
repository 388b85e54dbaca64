'use client';

import { startTransition, useActionState, useRef, useState } from 'react';
import { describedBy, FieldFrame, SelectField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
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

type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';

// What the form would send, to tell whether anything changed since the last save.
function snapshot(form: HTMLFormElement | null): string {
  if (!form) return '';
  const data = new FormData(form);
  data.delete('version');
  return JSON.stringify([...data.entries()].map(([key, value]) => [key, String(value)]));
}

// The draft saves itself when a field is left, if anything changed (autosave); "Save draft" still
// saves everything, and is what there is without JavaScript. A save based on an older version is
// refused and what this person typed stays in the form.
export function StrategyForm({
  action,
  autosave,
  schoolId,
  version: initialVersion,
  sections,
  readOnly,
  canPublish = true,
  roadmap,
}: {
  action: FormAction;
  autosave: FormAction;
  schoolId: string;
  version: number;
  sections: StrategySections;
  readOnly: boolean;
  // Advisers who contribute save drafts; the school's leaders publish.
  canPublish?: boolean;
  // What the roadmap says about money, shown in section 5 and printed in the PDF.
  roadmap?: React.ReactNode;
}) {
  const [state, formAction, submitting] = useActionState(action, initialFormState);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [autoState, setAutoState] = useState<{ message?: string; fieldErrors?: Record<string, string[] | undefined> }>({});
  const form = useRef<HTMLFormElement>(null);
  const lastSaved = useRef<string | null>(null);
  const inFlight = useRef(false);
  const pending = useRef<Promise<void> | null>(null);
  // The version the next save is based on. Every save with JavaScript sets it from here; the hidden
  // field below carries the first one for a submission without JavaScript.
  const versionRef = useRef(initialVersion);
  useLeaveGuard(status === 'unsaved' || status === 'saving' || status === 'error');
  const errors = { ...(state.fieldErrors ?? {}), ...(autoState.fieldErrors ?? {}) };

  const changed = () => {
    lastSaved.current ??= '';
    return snapshot(form.current) !== lastSaved.current;
  };
  const save = () => {
    if (readOnly || inFlight.current || !form.current || !changed()) return;
    inFlight.current = true;
    pending.current = send();
  };
  const send = async () => {
    if (!form.current) return;
    setStatus('saving');
    const sent = snapshot(form.current);
    const data = new FormData(form.current);
    data.set('version', String(versionRef.current));
    try {
      const result = await autosave(initialFormState, data);
      if (result.status === 'success') {
        lastSaved.current = sent;
        if (result.data?.version) {
          versionRef.current = Number(result.data.version);
        }
        setAutoState({});
        setStatus(snapshot(form.current) === sent ? 'saved' : 'unsaved');
      } else {
        setAutoState({ message: result.message, fieldErrors: result.fieldErrors });
        setStatus('error');
      }
    } catch {
      setAutoState({ message: 'Not saved: the connection failed. Check you are online, then retry.' });
      setStatus('error');
    } finally {
      inFlight.current = false;
    }
  };
  const onFirstFocus = () => {
    // The draft as it was when the person started, so leaving a field untouched sends nothing.
    if (lastSaved.current === null) lastSaved.current = snapshot(form.current);
  };
  // After a refused save the form shows exactly what was typed, so nothing is lost.
  const value = (field: keyof StrategySections): string => {
    if (state.status === 'error' && state.values?.[field] !== undefined) return state.values[field]!;
    const saved = sections[field];
    return Array.isArray(saved) ? saved.join('\n') : String(saved ?? '');
  };
  return (
    <form
      ref={form}
      action={formAction}
      noValidate
      className="space-y-6"
      onFocus={onFirstFocus}
      onChange={() => {
        if (status !== 'saving') setStatus(changed() ? 'unsaved' : status);
      }}
      onSubmit={(event) => {
        // With JavaScript, the buttons' save waits for an autosave on its way (else it would carry
        // the old version and be refused as a conflict with this person's own save), then sends the
        // form as it is. Nothing is reset, so after an error every field still holds what was typed.
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        void (async () => {
          await pending.current?.catch(() => {});
          if (!form.current) return;
          const data = new FormData(form.current, submitter);
          data.set('version', String(versionRef.current));
          startTransition(() => formAction(data));
        })();
      }}
      onBlur={(event) => {
        // Leaving a field for one of the form's own buttons: that submission saves everything.
        const next = event.relatedTarget as HTMLElement | null;
        if (next?.closest('form') === form.current && next?.getAttribute('type') === 'submit') return;
        void save();
      }}
    >
      <FormMessage state={state} />
      <input type="hidden" name="schoolId" value={schoolId} />
      <input type="hidden" name="version" value={initialVersion} />
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
        <Section
          number={5}
          title={STRATEGY_SECTION_TITLES[4]}
          intro="Costs are totalled from the action plan and the roadmap; say here how the plan is funded."
        >
          {roadmap}
          <LongText name="budget" label="Budget summary (optional)" max={SECTION_LIMITS.budget} rows={4} initial={value('budget')} errors={errors.budget} />
        </Section>
        <Section
          number={6}
          title={STRATEGY_SECTION_TITLES[5]}
          intro={
            <>
              How staff and pupils may use AI, covering safeguarding, academic integrity and data protection.{' '}
              <a href={`/schools/${schoolId}/strategy/ai`}>Answer the guided AI decisions</a> to draft it, and keep the tools on the{' '}
              <a href={`/schools/${schoolId}/ai-tools`}>AI tool register</a>.
            </>
          }
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
          {canPublish ? (
            <SubmitButton name="intent" value="publish" variant="secondary" pendingLabel="Saving…">
              Save and review for publishing
            </SubmitButton>
          ) : null}
          {/* Always there, one line high: a status appearing must not move the buttons under the pointer. */}
          <p className="min-h-5 w-full text-sm" aria-live="polite">
            {submitting || status === 'saving' ? (
              'Saving…'
            ) : status === 'saved' ? (
              'All changes saved'
            ) : status === 'unsaved' ? (
              'Not saved yet'
            ) : status === 'error' ? (
              <>
                <strong className="text-red-800">Not saved: {autoState.message}</strong>{' '}
                <button type="button" className="font-semibold text-brand-700 underline" onClick={() => void save()}>
                  Retry
                </button>
              </>
            ) : null}
          </p>
        </div>
      )}
    </form>
  );
}
