// Narrowing an audit log (a GET form: links and the back button keep it). Bad values are ignored,
// never an error page. Dates are London days, inclusive.
import { z } from 'zod';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => !Number.isNaN(Date.parse(value)))
  .optional()
  .catch(undefined);

export const AuditFiltersSchema = z.object({
  school: z
    .string()
    .regex(/^[a-z0-9]{1,40}$/)
    .optional()
    .catch(undefined),
  person: z
    .string()
    .trim()
    .max(100)
    .optional()
    .catch(undefined)
    .transform((value) => value || undefined),
  from: day,
  to: day,
});
export type AuditFilters = z.output<typeof AuditFiltersSchema>;

/** The query string that keeps these filters, for the form's links and "Older entries". */
export function auditFilterQuery(filters: Partial<AuditFilters>, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
  return entries.length ? `?${new URLSearchParams(entries)}` : '';
}
