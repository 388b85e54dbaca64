// What every form action returns to its form (via useActionState). Safe for client components.
export type FormState = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  // The submitted values, so a refused form shows exactly what was typed (passwords excepted).
  values?: Record<string, string>;
  // Extra data for the page, e.g. an invitation link to show the admin.
  data?: Record<string, string>;
};

export const initialFormState: FormState = { status: 'idle' };

// A form's server action as useActionState calls it.
export type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;
