'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { ANSWER_HINT, ANSWER_LABEL, ANSWER_VALUES } from '@/lib/assessment/answer-options';

export type FormRequirement = {
  code: string;
  title: string;
  question: string;
  hint: string | null;
  expectation: 'MUST' | 'SHOULD';
  timingText: string;
  sourceUrl: string;
  changedSinceAnswered: boolean;
};

export type FormAnswer = { value: string; reason: string; note: string; links: string; version: number };

const fieldId = (field: string, code: string) => `${field}:${code}`;

export function StandardAnswerForm({
  action,
  assessmentId,
  standardSlug,
  requirements,
  answers,
  hasNext,
  nextSlug,
}: {
  action: FormAction;
  assessmentId: string;
  standardSlug: string;
  requirements: FormRequirement[];
  answers: Record<string, FormAnswer>;
  hasNext: boolean;
  nextSlug?: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const errors = state.fieldErrors ?? {};
  // After a refused save the typed values stay; after a conflict the newest versions are used.
  const value = (field: string, code: string, fallback: string) => (state.status === 'error' ? (state.values?.[fieldId(field, code)] ?? fallback) : fallback);
  const version = (code: string) => state.data?.[fieldId('version', code)] ?? String(answers[code]?.version ?? 0);

  return (
    <form action={formAction} noValidate className="space-y-6">
      <FormMessage state={state} successMessage="Answers saved." />
      <input type="hidden" name="assessmentId" value={assessmentId} />
      <input type="hidden" name="standardSlug" value={standardSlug} />
      {nextSlug ? <input type="hidden" name="next" value={nextSlug} /> : null}
      {requirements.map((requirement, index) => {
        const saved = answers[requirement.code];
        const chosen = value('answer', requirement.code, saved?.value ?? '');
        const answerErrors = errors[fieldId('answer', requirement.code)];
        const reasonErrors = errors[fieldId('reason', requirement.code)];
        const noteErrors = errors[fieldId('note', requirement.code)];
        const linkErrors = errors[fieldId('links', requirement.code)];
        return (
          <fieldset
            key={`${requirement.code}-${state.status}-${version(requirement.code)}`}
            id={fieldId('answer', requirement.code)}
            tabIndex={-1}
            className={`rounded-lg border bg-white p-5 shadow-sm ${answerErrors ? 'border-red-700 border-l-4' : 'border-slate-200'}`}
          >
            <legend className="float-left w-full text-lg font-bold text-slate-900">
              {index + 1}. {requirement.title}{' '}
              <span className="ml-1 rounded bg-slate-100 px-2 py-0.5 align-middle text-xs font-semibold text-slate-800">
                DfE: {requirement.expectation === 'MUST' ? 'must' : 'should'}
              </span>
            </legend>
            <input type="hidden" name={fieldId('version', requirement.code)} value={version(requirement.code)} />
            <p className="clear-both pt-2 text-base text-slate-900">{requirement.question}</p>
            {requirement.changedSinceAnswered && saved ? (
              <p className="mt-2 rounded-md bg-amber-50 p-2 text-sm font-semibold text-amber-900">
                This requirement changed since it was last answered. Check the answer still holds.
              </p>
            ) : null}
            {requirement.hint ? (
              <details className="mt-2 text-sm text-slate-700">
                <summary className="cursor-pointer font-semibold text-slate-800">How to find out</summary>
                <p className="mt-1">{requirement.hint}</p>
                <p className="mt-1">
                  When: {requirement.timingText}.{' '}
                  <a href={requirement.sourceUrl} target="_blank" rel="noreferrer">
                    DfE guidance<span className="sr-only"> for {requirement.title} (opens in a new tab)</span>
                  </a>
                </p>
              </details>
            ) : null}
            {answerErrors ? (
              <p className="mt-3 text-sm font-semibold text-red-700" id={`${fieldId('answer', requirement.code)}-error`}>
                <span className="sr-only">Error: </span>
                {answerErrors.join('. ')}
              </p>
            ) : null}
            <div
              role="radiogroup"
              aria-label={`Answer for ${requirement.title}`}
              aria-describedby={answerErrors ? `${fieldId('answer', requirement.code)}-error` : undefined}
              className="mt-3 grid gap-2 sm:grid-cols-5"
            >
              {ANSWER_VALUES.map((option) => {
                const id = `${requirement.code}-${option}`;
                return (
                  <div key={option} className="relative">
                    <input
                      type="radio"
                      id={id}
                      name={fieldId('answer', requirement.code)}
                      value={option}
                      defaultChecked={chosen === option}
                      className="peer absolute left-3 top-3 h-4 w-4 accent-brand-700"
                    />
                    <label
                      htmlFor={id}
                      title={ANSWER_HINT[option]}
                      className="block h-full cursor-pointer rounded-md border border-slate-300 py-2 pl-9 pr-2 text-sm font-semibold text-slate-900 peer-checked:border-brand-700 peer-checked:bg-brand-50 peer-focus-visible:outline peer-focus-visible:outline-3 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-[#ffbf47]"
                    >
                      {ANSWER_LABEL[option]}
                    </label>
                  </div>
                );
              })}
            </div>
            <details className="mt-3" open={Boolean(reasonErrors || noteErrors || linkErrors || saved?.note || saved?.links || saved?.reason)}>
              <summary className="cursor-pointer text-sm font-semibold text-slate-800">Evidence and notes</summary>
              <div className="mt-3 grid gap-4 md:grid-cols-3">
                <TextArea
                  label="Why it does not apply"
                  hint="Needed only if you answer not applicable."
                  name={fieldId('reason', requirement.code)}
                  defaultValue={value('reason', requirement.code, saved?.reason ?? '')}
                  errors={reasonErrors}
                />
                <TextArea
                  label="Evidence notes"
                  hint="What shows this, and where it is kept."
                  name={fieldId('note', requirement.code)}
                  defaultValue={value('note', requirement.code, saved?.note ?? '')}
                  errors={noteErrors}
                />
                <TextArea
                  label="Evidence links"
                  hint="One web address per line."
                  name={fieldId('links', requirement.code)}
                  defaultValue={value('links', requirement.code, saved?.links ?? '')}
                  errors={linkErrors}
                />
              </div>
            </details>
          </fieldset>
        );
      })}
      <div className="sticky bottom-0 flex flex-wrap gap-3 border-t border-slate-200 bg-slate-50/95 py-4">
        <SubmitButton pendingLabel="Saving answers…">Save answers</SubmitButton>
        {hasNext ? (
          <SubmitButton variant="secondary" name="then" value="next" pendingLabel="Saving answers…">
            Save and go to the next standard
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}

function TextArea({ label, hint, name, defaultValue, errors }: { label: string; hint: string; name: string; defaultValue: string; errors?: string[] }) {
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
        defaultValue={defaultValue}
        aria-invalid={errors ? true : undefined}
        aria-describedby={[`${name}-hint`, errors ? `${name}-error` : null].filter(Boolean).join(' ')}
        className={`mt-1 block w-full rounded-md border bg-white px-3 py-2 text-sm ${errors ? 'border-red-700' : 'border-slate-400'}`}
      />
    </div>
  );
}
