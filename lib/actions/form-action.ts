import 'server-only';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { requireActor } from '@/lib/auth/session';
import { isAppError } from '@/lib/errors';
import { isBadInputDatabaseError } from '@/lib/http/status';
import type { Actor } from '@/lib/tenancy/actor';
import type { FormState } from './form-state';

const SECRET_FIELDS = /password|token/i;

// A repeated field (a group of checkboxes) comes back as its values on separate lines.
export function submittedValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || key.startsWith('$') || SECRET_FIELDS.test(key)) continue;
    values[key] = key in values ? `${values[key]}\n${value}` : value;
  }
  return values;
}

export function errorState(error: unknown, values?: Record<string, string>): FormState {
  unstable_rethrow(error);
  if (isAppError(error)) {
    return { status: 'error', message: error.message, fieldErrors: error.fieldErrors, values, data: error.data };
  }
  // Input the database could not take (a NUL byte, an out-of-range number): the person's mistake
  // or a forged form, not ours, and nothing was saved.
  if (isBadInputDatabaseError(error)) {
    return { status: 'error', message: 'Part of what was sent could not be read, so nothing was saved. Check what you entered and try again.', values };
  }
  console.error('[waypoint] Unexpected error in a form action', error);
  return { status: 'error', message: 'Something went wrong on our side and nothing was saved. Please try again.', values };
}

// Repeated fields (checkbox groups) become arrays; single fields stay strings; an upload stays a
// File for its schema to check (a field with files is never repeated here).
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key);
    const file = all.find((value): value is File => typeof value !== 'string');
    const strings = all.filter((value): value is string => typeof value === 'string');
    result[key] = file ?? (strings.length > 1 ? strings : strings[0]);
  }
  return result;
}

type Handler<S extends z.ZodType, A> = (input: z.output<S>, actor: A) => Promise<FormState | void>;

// Control characters (NUL and the like; tabs and line breaks are fine) are never meant: they come
// with a bad copy and paste or a forged request, and PostgreSQL refuses NUL. One rule for every form.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
export const CONTROL_CHARACTER_MESSAGE = 'Remove the hidden characters (they can come with copy and paste), then try again';

export function fieldsWithControlCharacters(formData: FormData): string[] {
  const fields = new Set<string>();
  for (const [key, value] of formData.entries()) if (typeof value === 'string' && CONTROL_CHARACTERS.test(value)) fields.add(key);
  return [...fields];
}

// Parses and validates the form before anything else runs; nothing is saved unless all of it is valid.
export function publicFormAction<S extends z.ZodType>(schema: S, handler: Handler<S, null>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = submittedValues(formData);
    const hidden = fieldsWithControlCharacters(formData);
    if (hidden.length > 0) {
      return {
        status: 'error',
        message: 'There is a problem: check the fields marked below.',
        fieldErrors: Object.fromEntries(hidden.map((field) => [field, [CONTROL_CHARACTER_MESSAGE]])),
        values,
      };
    }
    const parsed = schema.safeParse(formDataToObject(formData));
    if (!parsed.success) {
      return {
        status: 'error',
        message: 'There is a problem: check the fields marked below.',
        fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]>,
        values,
      };
    }
    try {
      return (await handler(parsed.data, null)) ?? { status: 'success' };
    } catch (error) {
      return errorState(error, values);
    }
  };
}

// The same, for signed-in people: the handler gets the actor the data layer will check.
export function formAction<S extends z.ZodType>(schema: S, handler: Handler<S, Actor>) {
  return async (previous: FormState, formData: FormData): Promise<FormState> => {
    const actor = await requireActor();
    return publicFormAction(schema, (input) => handler(input, actor))(previous, formData);
  };
}
