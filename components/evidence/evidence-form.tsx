'use client';

import { useActionState, useState, useSyncExternalStore } from 'react';
import { TextAreaField, TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { useLeaveGuard } from '@/components/ui/use-leave-guard';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

import type { TargetGroup } from '@/lib/evidence/target-groups';
export type { TargetGroup };
type Kind = 'FILE' | 'LINK' | 'NOTE';

const KIND_LABEL: Record<Kind, { label: string; hint: string }> = {
  FILE: { label: 'A file', hint: 'PDF, image, Word, Excel, PowerPoint or plain text, up to 20 MB' },
  LINK: { label: 'A link', hint: 'To a document kept elsewhere, such as SharePoint or Google Drive' },
  NOTE: { label: 'A note', hint: 'What shows this and where it is kept, when there is nothing to upload' },
};

const noSubscription = () => () => undefined;

// Adding or changing an evidence item. The kind decides which fields show (all show without
// JavaScript); what it backs is chosen from the school's standards and the frameworks' own items,
// each group folded unless something in it is ticked. A refused save keeps what was typed; a file
// must be chosen again (browsers do not let a page refill a file field), and the message says so.
export function EvidenceForm({
  action,
  hidden,
  defaults,
  kindFixed,
  groups,
  checked,
  currentFile,
  submitLabel,
}: {
  action: FormAction;
  hidden: Record<string, string>;
  defaults: Record<string, string>;
  kindFixed?: Kind;
  groups: TargetGroup[];
  checked: string[];
  currentFile?: string | null;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty && state.status !== 'success');
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => (state.status === 'error' ? (state.values?.[name] ?? '') : (defaults[name] ?? ''));
  const [kind, setKind] = useState<Kind>((kindFixed ?? (value('kind') as Kind)) || 'FILE');
  const ticked = new Set(state.status === 'error' ? (state.values?.targets?.split('\n') ?? []) : checked);
  const show = (k: Kind) => !hydrated || kind === k;
  const shared = state.status === 'error' ? state.values?.sharedWithGovernors === 'on' : defaults.sharedWithGovernors === 'on';
  return (
    <form
      action={formAction}
      noValidate
      encType="multipart/form-data"
      className="max-w-3xl space-y-6"
      onChange={() => setDirty(true)}
      onSubmit={() => setDirty(false)}
    >
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, v]) => (
        <input key={name} type="hidden" name={name} value={v} />
      ))}
      {kindFixed ? (
        <input type="hidden" name="kind" value={kindFixed} />
      ) : (
        <fieldset id="kind" tabIndex={-1} aria-describedby={errors.kind ? 'kind-error' : undefined}>
          <legend className="text-sm font-semibold text-slate-900">What is the evidence?</legend>
          {errors.kind ? (
            <p id="kind-error" className="text-sm font-semibold text-red-700">
              {errors.kind.join('. ')}
            </p>
          ) : null}
          <div className="mt-2 grid gap-2 sm:grid-cols-3">
            {(Object.keys(KIND_LABEL) as Kind[]).map((k) => (
              <div key={k} className="relative rounded-md border border-slate-300 py-2 pr-2 pl-9 has-checked:border-brand-700 has-checked:bg-brand-50">
                <input
                  type="radio"
                  id={`kind-${k}`}
                  name="kind"
                  value={k}
                  checked={kind === k}
                  onChange={() => setKind(k)}
                  aria-describedby={`kind-${k}-hint`}
                  className="absolute top-3 left-3 h-4 w-4 accent-brand-700"
                />
                <label htmlFor={`kind-${k}`} className="block cursor-pointer text-sm font-semibold text-slate-900">
                  {KIND_LABEL[k].label}
                </label>
                <p id={`kind-${k}-hint`} className="text-xs text-slate-700">
                  {KIND_LABEL[k].hint}
                </p>
              </div>
            ))}
          </div>
        </fieldset>
      )}
      <TextField
        label="Title"
        name="title"
        hint="What it is, so anyone can tell, for example “Backup restore test, autumn term 2026”."
        defaultValue={value('title')}
        errors={errors.title}
        maxLength={160}
      />
      {show('FILE') ? (
        <TextField
          label={currentFile ? 'Replace the file (optional)' : 'File'}
          name="file"
          type="file"
          hint={`${state.status === 'error' ? 'Choose the file again: browsers do not keep it after a refused save. ' : ''}${currentFile ? `Now: ${currentFile}. ` : ''}PDF, an image (PNG, JPEG, GIF or WebP), Word, Excel, PowerPoint or plain text; up to 20 MB. Its content is checked, not just its name.`}
          accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.txt,.csv"
          errors={errors.file}
        />
      ) : null}
      {show('LINK') ? (
        <TextField label="Web address" name="url" type="url" hint="Starting with https://" defaultValue={value('url')} errors={errors.url} inputMode="url" />
      ) : null}
      <TextAreaField
        label={kind === 'NOTE' ? 'Note' : 'Note (optional)'}
        name="note"
        hint="What it shows, and where the original is kept."
        defaultValue={value('note')}
        errors={errors.note}
        maxLength={4000}
      />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField
          label="Date produced"
          name="producedOn"
          type="date"
          hint="When the test, review or training took place."
          defaultValue={value('producedOn')}
          errors={errors.producedOn}
        />
        <TextField
          label="Valid until or review by (optional)"
          name="validUntil"
          type="date"
          hint="After this date the answers it backs are flagged for review, and you are reminded 30 days before."
          defaultValue={value('validUntil')}
          errors={errors.validUntil}
        />
      </div>
      <div className="flex items-start gap-2">
        <input
          type="checkbox"
          id="sharedWithGovernors"
          name="sharedWithGovernors"
          defaultChecked={shared}
          className="mt-1 h-4 w-4 accent-brand-700"
          aria-describedby="sharedWithGovernors-hint"
        />
        <div>
          <label htmlFor="sharedWithGovernors" className="font-semibold text-slate-900">
            Share with governors
          </label>
          <p id="sharedWithGovernors-hint" className="text-sm text-slate-600">
            Governors see only the evidence shared with them. Trust staff see all of it.
          </p>
        </div>
      </div>
      <fieldset id="targets" tabIndex={-1}>
        <legend className="text-lg font-bold text-slate-900">What it backs</legend>
        <p className="text-sm text-slate-600">Tick every question and framework item this is evidence for. One item can back several.</p>
        {errors.targets ? <p className="text-sm font-semibold text-red-700">{errors.targets.join('. ')}</p> : null}
        <div className="mt-3 space-y-2">
          {groups.map((group) => {
            const count = group.options.filter((o) => ticked.has(o.value)).length;
            return (
              <details key={group.id} open={count > 0} className="rounded-md border border-slate-300 bg-white">
                <summary className="cursor-pointer px-3 py-2 font-semibold text-slate-900">
                  {group.title}
                  {count ? <span className="ml-2 text-sm font-normal text-slate-700">({count} ticked)</span> : null}
                </summary>
                <div className="space-y-2 border-t border-slate-200 px-3 py-2">
                  {group.options.map((option) => {
                    const id = `target-${option.value}`;
                    return (
                      <div key={option.value} className="flex items-start gap-2">
                        <input
                          type="checkbox"
                          id={id}
                          name="targets"
                          value={option.value}
                          defaultChecked={ticked.has(option.value)}
                          className="mt-1 h-4 w-4 shrink-0 accent-brand-700"
                        />
                        <label htmlFor={id} className="text-sm text-slate-900">
                          {option.label}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </details>
            );
          })}
        </div>
      </fieldset>
      <SubmitButton pendingLabel={kind === 'FILE' ? 'Uploading…' : 'Saving…'}>{submitLabel}</SubmitButton>
    </form>
  );
}
