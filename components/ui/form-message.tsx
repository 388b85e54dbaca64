'use client';

import { useEffect, useRef } from 'react';
import type { FormState } from '@/lib/actions/form-state';

// The summary takes focus when a submission fails, so keyboard and screen-reader users hear why.
export function FormMessage({ state, successMessage }: { state: FormState; successMessage?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status === 'error') ref.current?.focus();
  }, [state]);

  if (state.status === 'error') {
    const fields = Object.entries(state.fieldErrors ?? {}).filter(([, messages]) => messages?.length);
    return (
      <div ref={ref} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-4">
        <h2 className="text-base font-bold text-red-800">{state.message ?? 'There is a problem'}</h2>
        {fields.length > 0 ? (
          <ul className="mt-2 list-disc space-y-1 pl-5 text-sm">
            {fields.map(([field, messages]) => (
              <li key={field}>
                <a href={`#${field}`} className="font-semibold text-red-800">
                  {messages!.join('. ')}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  if (state.status === 'success' && (state.message || successMessage)) {
    return (
      <div role="status" className="rounded-md border-2 border-green-700 bg-green-50 p-4 text-sm font-semibold text-green-900">
        {state.message ?? successMessage}
      </div>
    );
  }
  return null;
}
