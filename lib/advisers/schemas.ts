import { z } from 'zod';
import { ADVISER_ACCESSES } from '@/lib/auth/permissions';
import { londonToday } from '@/lib/dates/format';
import { tenantRefField } from '@/lib/members/schemas';
import { dateOnlyProblem, emailField, idField, personNameField } from '@/lib/validation/primitives';
import { MAX_GRANT_DAYS } from './grant-status';

const DAY_MS = 24 * 60 * 60 * 1000;

// The last day of access, inclusive: from today to a year ahead.
export const grantEndField = z
  .string({ error: 'Enter the last day of access' })
  .trim()
  .min(1, 'Enter the last day of access')
  .superRefine((value, ctx) => {
    const problem = dateOnlyProblem(value, { minYear: 2020, maxYear: 2100, example: '31/03/2027', what: 'the last day of access' });
    if (problem) return void ctx.addIssue({ code: 'custom', message: problem });
    const today = londonToday();
    if (value < today) return void ctx.addIssue({ code: 'custom', message: 'The last day of access must be today or later' });
    const latest = new Date(Date.parse(`${today}T00:00:00Z`) + MAX_GRANT_DAYS * DAY_MS).toISOString().slice(0, 10);
    if (value > latest) ctx.addIssue({ code: 'custom', message: 'Access can be granted for up to a year at a time; grant it again when it ends' });
  });

export const GrantAdviserSchema = z.object({
  tenant: tenantRefField,
  email: emailField,
  name: personNameField,
  access: z.enum(ADVISER_ACCESSES, { error: 'Choose what the adviser may do' }),
  endsOn: grantEndField,
  purpose: z
    .string()
    .trim()
    .max(200, 'What they are helping with must be 200 characters or fewer')
    .optional()
    .transform((value) => value ?? ''),
});
export type GrantAdviserInput = z.output<typeof GrantAdviserSchema>;

export const RevokeGrantSchema = z.object({ tenant: tenantRefField, grantId: idField });
