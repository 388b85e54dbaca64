'use client';

import { useActionState, useCallback, useEffect, useRef, useState, useSyncExternalStore, type RefObject } from 'react';
import type { SourceKind } from '@/lib/standards/catalogue-schema';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction, type FormState } from '@/lib/actions/form-state';
import { ANSWER_HINT, ANSWER_LABEL, ANSWER_VALUES } from '@/lib/assessment/answer-options';

export type FormRequirement = {
  code: string;
  title: string;
  question: string;
  hint: string | null;
  expectation: 'MUST' | 'SHOULD';
  timingText: string;
  sourceUrl: string;
  source: SourceKind | null;
  changedSinceAnswered: boolean;
  // A register fact that contradicts the saved answer ("…the register lists 40 laptops on Windows 10").
  registerNote?: string | null;
  // The evidence items behind it, and where to add one (null when this person may not).
  evidence?: { items: EvidenceSummary[]; addHref: string | null };
};

export type EvidenceSummary = { id: string; title: string; href: string; stateLabel: string; expired: boolean };

// Where the point comes from, said honestly: DfE's standard, Plan Tech, or our own good practice.
const SOURCE_LINK: Record<SourceKind, string> = {
  DFE_STANDARD: 'DfE standard',
  PLAN_TECH: 'DfE Plan technology for your school',
  GOOD_PRACTICE: 'Good practice beyond DfE’s text; related DfE standard',
};

export type FormAnswer = { value: string; reason: string; note: string; links: string; version: number };

// "unsaved": typed but not yet sent (a note still being written, or not applicable without a reason).
type SaveStatus = 'idle' | 'unsaved' | 'saving' | 'saved' | 'error';
type Score = { score: string; answered: string; total: string };

const fieldId = (field: string, code: string) => `${field}:${code}`;
// Answers save a moment after they are chosen, so a quick change of mind sends one request.
const ANSWER_DEBOUNCE_MS = 400;

// Every question saves itself as it is answered (notes when the field is left), through the
// autosave action; the Save buttons still save the whole page, and are all there is without
// JavaScript. A save based on an older version is refused for that question only, with the
// colleague's answer and name, and what this person chose stays on screen.
export function StandardAnswerForm({
  action,
  autosave,
  hidden,
  standardSlug,
  requirements,
  answers,
  hasNext,
  nextSlug,
  initialScore,
}: {
  action: FormAction;
  autosave: FormAction;
  // Whose answers these are: { assessmentId } for a school's cycle, { trustId } for central ones.
  hidden: Record<string, string>;
  standardSlug: string;
  requirements: FormRequirement[];
  answers: Record<string, FormAnswer>;
  hasNext: boolean;
  nextSlug?: string;
  initialScore: Score;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const [score, setScore] = useState<Score>(initialScore);
  const retries = useRef(new Map<string, () => void>());
  const report = useCallback((code: string, status: SaveStatus) => setStatuses((all) => (all[code] === status ? all : { ...all, [code]: status })), []);
  const values = Object.values(statuses);
  const saving = values.includes('saving');
  const failed = values.filter((s) => s === 'error').length;
  const unsaved = values.includes('unsaved');
  useLeaveGuard(saving || unsaved || failed > 0);

  // The error summary names each question, and every link jumps to the question's fieldset (its
  // legend and question in view), not to a text box scrolled to the top edge.
  const byQuestion: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(state.fieldErrors ?? {})) {
    const index = requirements.findIndex((r) => field.endsWith(`:${r.code}`));
    const key = index < 0 ? field : fieldId('answer', requirements[index]!.code);
    const text = index < 0 ? (messages ?? []) : [`Question ${index + 1}, ${requirements[index]!.title}: ${messages?.join('. ')}`];
    (byQuestion[key] ??= []).push(...text);
  }
  const titled: FormState = { ...state, fieldErrors: byQuestion };

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={titled} successMessage="Answers saved." />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <input type="hidden" name="standardSlug" value={standardSlug} />
      {nextSlug ? <input type="hidden" name="next" value={nextSlug} /> : null}
      {requirements.map((requirement, index) => (
        <Question
          // A whole-page save starts each question afresh from what the server now holds.
          key={`${requirement.code}-${state.status}-${state.data?.[fieldId('version', requirement.code)] ?? answers[requirement.code]?.version ?? 0}`}
          requirement={requirement}
          number={index + 1}
          saved={answers[requirement.code]}
          pageState={state}
          hidden={hidden}
          standardSlug={standardSlug}
          autosave={autosave}
          report={report}
          onScore={setScore}
          retries={retries}
        />
      ))}
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-slate-50/95 py-4">
        <SubmitButton pendingLabel="Saving answers…">Save answers</SubmitButton>
        {hasNext ? (
          <SubmitButton variant="secondary" name="then" value="next" pendingLabel="Saving answers…">
            Save and go to the next standard
          </SubmitButton>
        ) : null}
        {/* Always there, one line high: a status appearing must not move the buttons under the pointer. */}
        <p className="min-h-5 w-full text-sm text-slate-800" aria-live="polite">
          {failed > 0 ? (
            <>
              <strong className="text-red-800">
                Not saved: {failed} {failed === 1 ? 'question' : 'questions'}
              </strong>{' '}
              <button type="button" className="font-semibold text-brand-700 underline" onClick={() => retries.current.forEach((retry) => retry())}>
                Retry
              </button>
            </>
          ) : saving ? (
            'Saving…'
          ) : values.includes('saved') && !unsaved ? (
            'All changes saved'
          ) : null}
          {score.total !== '0' ? (
            <span className="ml-3">
              This standard: <strong>{score.score ? `${score.score}%` : 'no score yet'}</strong> ({score.answered} of {score.total} answered)
            </span>
          ) : null}
        </p>
      </div>
    </form>
  );
}

type Values = { value: string; reason: string; note: string; links: string };

const noSubscription = () => () => {};

function Question({
  requirement,
  number,
  saved,
  pageState,
  hidden,
  standardSlug,
  autosave,
  report,
  onScore,
  retries,
}: {
  requirement: FormRequirement;
  number: number;
  saved: FormAnswer | undefined;
  pageState: FormState;
  hidden: Record<string, string>;
  standardSlug: string;
  autosave: FormAction;
  report: (code: string, status: SaveStatus) => void;
  onScore: (score: Score) => void;
  retries: RefObject<Map<string, () => void>>;
}) {
  const code = requirement.code;
  // After a refused whole-page save the typed values stay; otherwise what is stored.
  const typed = (field: string, fallback: string) => (pageState.status === 'error' ? (pageState.values?.[fieldId(field, code)] ?? fallback) : fallback);
  const [values, setValues] = useState<Values>(() => ({
    value: typed('answer', saved?.value ?? ''),
    reason: typed('reason', saved?.reason ?? ''),
    note: typed('note', saved?.note ?? ''),
    links: typed('links', saved?.links ?? ''),
  }));
  const [version, setVersion] = useState(() => Number(pageState.data?.[fieldId('version', code)] ?? saved?.version ?? 0));
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [errors, setErrors] = useState<Record<string, string[] | undefined>>(() =>
    Object.fromEntries(['answer', 'reason', 'note', 'links'].map((f) => [f, pageState.fieldErrors?.[fieldId(f, code)]])),
  );
  // Before hydration (and without JavaScript) every field shows; after it, the reason only for "not applicable".
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

  const latest = useRef({ values, version });
  useEffect(() => {
    latest.current = { values, version };
  }, [values, version]);
  // The newest save, for retries and the queued second save to call.
  const saveRef = useRef<() => Promise<void>>(async () => {});
  const lastSaved = useRef<Values>({ value: saved?.value ?? '', reason: saved?.reason ?? '', note: saved?.note ?? '', links: saved?.links ?? '' });
  const inFlight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const show = useCallback(
    (next: SaveStatus) => {
      setStatus(next);
      report(code, next);
    },
    [code, report],
  );

  const save = useCallback(async () => {
    clearTimeout(timer.current);
    const { values: current, version: base } = latest.current;
    // Nothing to store without an answer; "not applicable" waits for its reason.
    if (!current.value) return;
    if (current.value === 'NOT_APPLICABLE' && current.reason.trim().length < 3) {
      show('unsaved');
      return;
    }
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    show('saving');
    const form = new FormData();
    for (const [name, value] of Object.entries(hidden)) form.set(name, value);
    form.set('standardSlug', standardSlug);
    form.set(fieldId('version', code), String(base));
    form.set(fieldId('answer', code), current.value);
    form.set(fieldId('reason', code), current.reason);
    form.set(fieldId('note', code), current.note);
    form.set(fieldId('links', code), current.links);
    try {
      const result = await autosave(initialFormState, form);
      const theirs = result.data?.[fieldId('version', code)];
      if (theirs) setVersion(Number(theirs));
      if (result.status === 'success') {
        lastSaved.current = current;
        setErrors({});
        retries.current.delete(code);
        if (result.data?.total) onScore({ score: result.data.score ?? '', answered: result.data.answered ?? '0', total: result.data.total });
        show('saved');
      } else {
        // A conflict names the colleague and their answer; a validation error names the field.
        setErrors(Object.fromEntries(['answer', 'reason', 'note', 'links'].map((f) => [f, result.fieldErrors?.[fieldId(f, code)]])));
        if (!result.fieldErrors || Object.keys(result.fieldErrors).length === 0) setErrors({ answer: [result.message ?? 'This answer could not be saved'] });
        retries.current.set(code, () => void saveRef.current());
        show('error');
      }
    } catch {
      setErrors({ answer: ['Not saved: the connection failed. Check you are online, then retry.'] });
      retries.current.set(code, () => void saveRef.current());
      show('error');
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void saveRef.current();
      }
    }
  }, [hidden, standardSlug, code, autosave, onScore, retries, show]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Leaving the page (a tab, a link, the back button) sends what is not yet saved.
  useEffect(
    () => () => {
      const { values: current } = latest.current;
      const saved = lastSaved.current;
      if (current.value && (current.value !== saved.value || current.reason !== saved.reason || current.note !== saved.note || current.links !== saved.links))
        void save();
    },
    [save],
  );

  const choose = (value: string) => {
    setValues((v) => ({ ...v, value }));
    latest.current = { ...latest.current, values: { ...latest.current.values, value } };
    show('unsaved');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), ANSWER_DEBOUNCE_MS);
  };
  const type = (field: 'reason' | 'note' | 'links', text: string) => {
    setValues((v) => ({ ...v, [field]: text }));
    latest.current = { ...latest.current, values: { ...latest.current.values, [field]: text } };
    if (status !== 'saving') show('unsaved');
  };
  const leave = (field: 'reason' | 'note' | 'links') => {
    if (latest.current.values[field] !== lastSaved.current[field]) void saveRef.current();
    else if (status === 'unsaved' && latest.current.values.value === lastSaved.current.value) show('idle');
  };

  const answerErrors = errors.answer;
  const revealReason = !hydrated || values.value === 'NOT_APPLICABLE';
  const statusText =
    status === 'saving'
      ? 'Saving…'
      : status === 'saved'
        ? 'Saved'
        : status === 'error'
          ? 'Not saved'
          : status === 'unsaved' && values.value
            ? 'Not saved yet'
            : '';

  return (
    <fieldset
      id={fieldId('answer', code)}
      tabIndex={-1}
      className={`scroll-mt-24 rounded-lg border bg-white p-5 shadow-sm ${answerErrors ? 'border-l-4 border-red-700' : 'border-slate-200'}`}
    >
      <legend className="float-left w-full text-lg font-bold text-slate-900">
        {number}. {requirement.title}{' '}
        <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 align-middle text-xs font-semibold text-slate-800">
          DfE: {requirement.expectation === 'MUST' ? 'must' : 'should'}
        </span>
      </legend>
      <input type="hidden" name={fieldId('version', code)} value={version} />
      <div className="clear-both flex flex-wrap items-start justify-between gap-2 pt-2">
        <p className="text-base text-slate-900">{requirement.question}</p>
        <p className={`text-sm font-semibold ${status === 'error' ? 'text-red-800' : 'text-slate-700'}`} aria-live="polite">
          {statusText}
          {status === 'error' ? (
            <>
              {' '}
              <button type="button" className="text-brand-700 underline" onClick={() => void save()}>
                Retry<span className="sr-only"> saving question {number}</span>
              </button>
            </>
          ) : null}
        </p>
      </div>
      {requirement.changedSinceAnswered && saved ? (
        <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm font-semibold text-amber-900">
          This requirement changed since it was last answered. Check the answer still holds.
        </p>
      ) : null}
      {requirement.registerNote ? (
        <p className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 p-2 text-sm text-red-900">
          <span className="font-semibold">The registers disagree: </span>
          {requirement.registerNote}
        </p>
      ) : null}
      {requirement.hint ? (
        <details className="mt-2 text-sm text-slate-700">
          <summary className="cursor-pointer font-semibold text-slate-800">How to find out</summary>
          <p className="mt-1">{requirement.hint}</p>
          <p className="mt-1">
            When: {requirement.timingText}.{' '}
            <a href={requirement.sourceUrl} target="_blank" rel="noreferrer">
              {SOURCE_LINK[requirement.source ?? 'DFE_STANDARD']}
              <span className="sr-only"> for {requirement.title} (opens in a new tab)</span>
            </a>
          </p>
        </details>
      ) : null}
      {answerErrors ? (
        <p className="mt-3 text-sm font-semibold text-red-700" id={`${fieldId('answer', code)}-error`}>
          <span className="sr-only">Error: </span>
          {answerErrors.join('. ')}
        </p>
      ) : null}
      <div
        role="radiogroup"
        aria-label={`Answer for ${requirement.title}`}
        aria-describedby={answerErrors ? `${fieldId('answer', code)}-error` : undefined}
        className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-5"
      >
        {ANSWER_VALUES.map((option) => {
          const id = `${code}-${option}`;
          return (
            <div
              key={option}
              className="relative rounded-md border border-slate-300 py-2 pr-2 pl-9 has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-[#ffbf47]"
            >
              <input
                type="radio"
                id={id}
                name={fieldId('answer', code)}
                value={option}
                checked={values.value === option}
                onChange={() => choose(option)}
                aria-describedby={`${id}-hint`}
                className="absolute top-3 left-3 h-4 w-4 accent-brand-700 focus-visible:outline-none"
              />
              <label htmlFor={id} className="block cursor-pointer text-sm font-semibold text-slate-900">
                {ANSWER_LABEL[option]}
              </label>
              <p id={`${id}-hint`} className="text-xs text-slate-700">
                {ANSWER_HINT[option]}
              </p>
            </div>
          );
        })}
      </div>
      {revealReason ? (
        <div className="mt-3 border-l-4 border-slate-300 pl-4">
          <TextArea
            label="Why it does not apply"
            hint={
              hydrated
                ? 'Say why, so governors and the trust can see the reason. It saves when you leave this box.'
                : 'Needed only if you answer not applicable.'
            }
            name={fieldId('reason', code)}
            value={values.reason}
            onChange={(text) => type('reason', text)}
            onBlur={() => leave('reason')}
            errors={errors.reason}
          />
        </div>
      ) : (
        <input type="hidden" name={fieldId('reason', code)} value={values.reason} />
      )}
      {requirement.evidence ? <EvidenceBlock title={requirement.title} {...requirement.evidence} /> : null}
      <details className="mt-3" open={Boolean(errors.note || errors.links || saved?.note || saved?.links)}>
        <summary className="cursor-pointer text-sm font-semibold text-slate-800">Evidence and notes</summary>
        <div className="mt-3 grid gap-4 md:grid-cols-2">
          <TextArea
            label="Evidence notes"
            hint="What shows this, and where it is kept. Saves when you leave the box."
            name={fieldId('note', code)}
            value={values.note}
            onChange={(text) => type('note', text)}
            onBlur={() => leave('note')}
            errors={errors.note}
          />
          <TextArea
            label="Evidence links"
            hint="One web address per line."
            name={fieldId('links', code)}
            value={values.links}
            onChange={(text) => type('links', text)}
            onBlur={() => leave('links')}
            errors={errors.links}
          />
        </div>
      </details>
    </fieldset>
  );
}

// What backs the answer, with "evidence expired — review" when all of it has run out.
export function EvidenceBlock({ title, items, addHref }: { title: string; items: EvidenceSummary[]; addHref: string | null }) {
  const expired = items.length > 0 && items.every((i) => i.expired);
  return (
    <div className="mt-3 text-sm">
      {expired ? (
        <p className="mb-1 rounded-md border-l-4 border-red-700 bg-red-50 p-2 font-semibold text-red-900">
          Evidence expired — review this answer and add current evidence.
        </p>
      ) : null}
      {items.length ? (
        <p>
          <span className="font-semibold text-slate-900">Evidence: </span>
          {items.map((item, i) => (
            <span key={item.id}>
              {i > 0 ? '; ' : ''}
              <a href={item.href}>{item.title}</a> <span className="text-slate-700">({item.stateLabel})</span>
            </span>
          ))}
        </p>
      ) : (
        <p className="text-slate-700">No evidence linked yet.</p>
      )}
      {addHref ? (
        <p className="mt-1">
          <a href={addHref}>
            Add evidence<span className="sr-only"> for {title}</span>
          </a>
        </p>
      ) : null}
    </div>
  );
}

function TextArea({
  label,
  hint,
  name,
  value,
  onChange,
  onBlur,
  errors,
}: {
  label: string;
  hint: string;
  name: string;
  value: string;
  onChange: (value: string) => void;
  onBlur: () => void;
  errors?: string[];
}) {
  return (
    <div>
      <label htmlFor={name} className="block text-sm font-semibold text-slate-900">
        {label}
      </label>
      <p id={`${name}-hint`} className="text-xs text-slate-600">
        {hint}
      </p>
      {errors ? (
        <p id={`${name}-error`} className="text-sm font-semibold text-red-700">
          <span className="sr-only">Error: </span>
          {errors.join('. ')}
        </p>
      ) : null}
      <textarea
        id={name}
        name={name}
        rows={3}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[`${name}-hint`, errors ? `${name}-error` : null].filter(Boolean).join(' ')}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm ${errors ? 'border-red-700' : 'border-slate-400'}`}
      />
    </div>
  );
}
