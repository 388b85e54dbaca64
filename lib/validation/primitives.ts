import { z } from 'zod';

// Shared field rules with messages a head teacher can act on.
export const emailField = z
  .string({ error: 'Enter an email address' })
  .trim()
  .toLowerCase()
  .min(1, 'Enter an email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@school.org.uk' }));

export const personNameField = z.string({ error: 'Enter a name' }).trim().min(1, 'Enter a name').max(100, 'Name must be 100 characters or fewer');

export const PASSWORD_MIN_LENGTH = 12;
export const newPasswordField = z
  .string({ error: 'Enter a password' })
  .min(PASSWORD_MIN_LENGTH, `Password must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(200, 'Password must be 200 characters or fewer');

// The version a form was read at (optimistic concurrency). Capped at PostgreSQL's int4 maximum so
// no input can reach the database as an out-of-range number.
export const versionField = z.coerce
  .number({ error: 'Reload the page and try again' })
  .int('Reload the page and try again')
  .min(0, 'Reload the page and try again')
  .max(2_147_483_647, 'Reload the page and try again');

export const idField = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+$/i, 'Invalid identifier');

export function organisationNameField(what: string) {
  return z
    .string({ error: `Enter the ${what} name` })
    .trim()
    .min(2, `Enter the ${what} name`)
    .max(120, `The ${what} name must be 120 characters or fewer`);
}

// A calendar date typed as YYYY-MM-DD (what <input type="date"> sends). Returns null for a real
// date, or the message to show: impossible dates such as 30 February are refused, not rolled over.
// Read at UTC midnight (as parseIsoDate in lib/dates/format.ts, and as Prisma stores @db.Date), so the
// round trip below never shifts the day; no "today" is involved, so the server's time zone is not either.
export function dateOnlyProblem(value: string, options: { minYear: number; maxYear: number; example: string; what?: string }): string | null {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    return `Enter a real date${options.what ? ` for ${options.what}` : ''}, for example ${options.example}`;
  }
  if (date.getUTCFullYear() < options.minYear || date.getUTCFullYear() > options.maxYear) {
    return `Enter a date between ${options.minYear} and ${options.maxYear}`;
  }
  return null;
}

/** Pounds as people type them, "£1,250.50" or "1500", in pence; null when unreadable. Forms and imports alike. */
export function readPounds(text: string): number | null {
  const cleaned = text.trim().replace(/[£,\s]/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
