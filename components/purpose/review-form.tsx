'use client';

import { useActionState, useState } from 'react';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';
import { REVIEW_RATING_LABEL, REVIEW_RATINGS } from '@/lib/purpose/review';

type Subject = {
  subject: 'GOAL' | 'CONTRACT';
  subjectId: string;
  title: string;
  saved: { adoption: number | null; rating: string; note: string; evidenceLinks: string[]; version: number } | null;
};

const errorLine = (id: string, errors?: string[]) =>
  errors?.length ? (
    <p id={id} className="text-sm font-semibold text-red-700">
      <span className="sr-only">Error:</span> {errors.join('. ')}
    </p>
  ) : null;

// The whole cycle's review in one form, as it is done in one meeting: a rating per goal and per
// platform, how widely each platform is used, and a note with evidence links.
export function PurposeReviewForm({ action, hidden, subjects }: { action: FormAction; hidden: Record<string, string>; subjects: Subject[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && state.status !== 'success');
  const errors = state.fieldErrors ?? {};
  const value = (field: string, s: Subject, fallback: string) =>
    state.status === 'error' ? (state.values?.[`${field}:${s.subject}:${s.subjectId}`] ?? '') : fallback;
  const groups = [
    { title: 'Learning goals', hint: 'Did what the school did this cycle move each goal on?', items: subjects.filter((s) => s.subject === 'GOAL') },
    {
      title: 'Platforms the school pays for',
      hint: 'Is each one used, and did it help the goals it serves?',
      items: subjects.filter((s) => s.subject === 'CONTRACT'),
    },
  ];
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-8"
      onChange={() => setDirty(true)}
      onSubmit={() => setDirty(false)}
      key={state.status === 'error' ? JSON.stringify(state.values) : 'form'}
    >
      <FormMessage state={state} />
      {errorLine('review-error', errors.review)}
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {groups.map((group) =>
        group.items.length === 0 ? null : (
          <section key={group.title} aria-labelledby={`group-${group.title}`} className="space-y-4">
            <h2 id={`group-${group.title}`} className="text-xl font-bold text-slate-900">
              {group.title}
            </h2>
            <p className="text-slate-700">{group.hint}</p>
            {group.items.map((s) => {
              const key = (field: string) => `${field}:${s.subject}:${s.subjectId}`;
              return (
                <fieldset key={key('row')} className="space-y-3 rounded-md border border-slate-200 bg-white p-4">
                  <legend className="px-1 text-base font-bold text-slate-900">{s.title}</legend>
                  <input type="hidden" name={key('version')} value={String(s.saved?.version ?? 0)} />
                  <div id={key('rating')} className="flex flex-wrap gap-x-6 gap-y-2" role="radiogroup" aria-label={`How did ${s.title} do?`}>
                    {REVIEW_RATINGS.map((rating) => (
                      <label key={rating} className="flex items-center gap-2">
                        <input
                          type="radio"
                          name={key('rating')}
                          value={rating}
                          defaultChecked={value('rating', s, s.saved?.rating ?? '') === rating}
                          className="size-5"
                        />
                        <span>{REVIEW_RATING_LABEL[rating]}</span>
                      </label>
                    ))}
                  </div>
                  {errorLine(`${key('rating')}-error`, errors[key('rating')])}
                  {s.subject === 'CONTRACT' ? (
                    <div>
                      <label htmlFor={key('adoption')} className="block font-semibold text-slate-900">
                        Used by what share of the staff or classes it is for? (%)
                      </label>
                      {errorLine(`${key('adoption')}-error`, errors[key('adoption')])}
                      <input
                        id={key('adoption')}
                        name={key('adoption')}
                        inputMode="numeric"
                        defaultValue={value('adoption', s, s.saved?.adoption === null || s.saved?.adoption === undefined ? '' : String(s.saved.adoption))}
                        aria-describedby={errors[key('adoption')]?.length ? `${key('adoption')}-error` : undefined}
                        className="mt-1 w-28 rounded-md border border-slate-400 px-3 py-2"
                      />
                    </div>
                  ) : null}
                  <div className="grid gap-4 md:grid-cols-2">
                    <div>
                      <label htmlFor={key('note')} className="block font-semibold text-slate-900">
                        What you saw (optional)
                      </label>
                      {errorLine(`${key('note')}-error`, errors[key('note')])}
                      <textarea
                        id={key('note')}
                        name={key('note')}
                        rows={3}
                        defaultValue={value('note', s, s.saved?.note ?? '')}
                        className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
                      />
                    </div>
                    <div>
                      <label htmlFor={key('links')} className="block font-semibold text-slate-900">
                        Evidence links, one per line (optional)
                      </label>
                      {errorLine(`${key('links')}-error`, errors[key('links')])}
                      <textarea
                        id={key('links')}
                        name={key('links')}
                        rows={3}
                        defaultValue={value('links', s, (s.saved?.evidenceLinks ?? []).join('\n'))}
                        className="mt-1 w-full rounded-md border border-slate-400 px-3 py-2"
                      />
                    </div>
                  </div>
                </fieldset>
              );
            })}
          </section>
        ),
      )}
      <SubmitButton pendingLabel="Saving…">Save the review</SubmitButton>
    </form>
  );
}
