'use client';

import { useActionState } from 'react';
import { TextField } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { SubmitButton } from '@/components/ui/submit-button';
import { initialFormState, type FormAction } from '@/lib/actions/form-state';

// Uploading only makes a preview: nothing in Waypoint changes until the preview is confirmed.
export function GiasUploadForm({ action, hidden, hint }: { action: FormAction; hidden: Record<string, string>; hint: string }) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-4" encType="multipart/form-data">
      <FormMessage state={state} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField label="GIAS establishment file (CSV)" name="file" type="file" accept=".csv,text/csv" hint={hint} errors={state.fieldErrors?.file} required />
      <SubmitButton pendingLabel="Reading the file…">Upload and preview</SubmitButton>
    </form>
  );
}
